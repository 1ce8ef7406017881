using SamRL.Environments.Babi;
using static TorchSharp.torch;

namespace SamRL.Agents.Babi;

/// <summary>
/// Scores a model on one split of every task (SAM_STM_REFERENCE §5.4): per task the questions answered right and
/// the summed cross-entropy. The batch size follows the authors' script, (questions in the split) // 73, which only
/// changes speed, never the numbers.
/// </summary>
public static class BabiEvaluation
{
    /// <summary>The authors' evaluation batch divisor.</summary>
    public const int BatchDivisor = 73;

    /// <summary>
    /// Evaluates <paramref name="model"/> on <paramref name="split"/> of each task of <paramref name="corpus"/>;
    /// <paramref name="onTask"/> hears each task's score as soon as it is known.
    /// </summary>
    public static BabiSplitScores Evaluate(BabiQaModel model, BabiCorpus corpus, BabiSplit split, Action<BabiTaskScore>? onTask = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(corpus);
        var wasTraining = model.training;
        model.eval();
        try
        {
            using var noGrad = no_grad();
            var scores = new BabiTaskScore[corpus.Tasks.Count];
            for (var k = 0; k < scores.Length; k++)
            {
                scores[k] = EvaluateTask(model, corpus.Tasks[k].Number, corpus.Tasks[k].Split(split));
                onTask?.Invoke(scores[k]);
            }

            return new BabiSplitScores(split, scores);
        }
        finally
        {
            model.train(wasTraining);
        }
    }

    private static BabiTaskScore EvaluateTask(BabiQaModel model, int number, BabiEncodedSplit questions)
    {
        long correct = 0;
        double lossSum = 0;
        foreach (var batch in questions.Batches(Math.Max(1, questions.Count / BatchDivisor)))
        {
            using var scope = NewDisposeScope();
            using var tensors = BabiBatchTensors.From(batch);
            var logits = model.forward(tensors.Stories, tensors.Queries);
            correct += logits.argmax(-1).eq(tensors.Answers).sum().item<long>();
            lossSum += nn.functional.cross_entropy(logits, tensors.Answers, reduction: nn.Reduction.Sum).item<float>();
        }

        return new BabiTaskScore(number, questions.Count, correct, lossSum);
    }
}

/// <summary>One task's score on one split.</summary>
/// <param name="Task">The task number.</param>
/// <param name="Questions">Questions scored.</param>
/// <param name="Correct">Questions answered right (argmax of the logits).</param>
/// <param name="LossSum">Summed cross-entropy over the questions.</param>
public sealed record BabiTaskScore(int Task, long Questions, long Correct, double LossSum)
{
    /// <summary>The paper's failure threshold: a task fails when its error exceeds 5 %.</summary>
    public const double FailureThreshold = 0.05;

    /// <summary>Fraction answered right.</summary>
    public double Accuracy => Questions == 0 ? 0 : (double)Correct / Questions;

    /// <summary>
    /// Fraction answered wrong (the paper's error, as a fraction), computed from the count of wrong answers so that
    /// 50 of 1,000 is exactly 0.05 (1 − 0.95 is not) and sits on the right side of the failure threshold.
    /// </summary>
    public double Error => Questions == 0 ? 1 : (double)(Questions - Correct) / Questions;

    /// <summary>Whether the task counts as failed (error &gt; 5 %).</summary>
    public bool Failed => Error > FailureThreshold;
}

/// <summary>Every selected task's score on one split.</summary>
/// <param name="Split">The split scored.</param>
/// <param name="Tasks">Per task, by ascending number.</param>
public sealed record BabiSplitScores(BabiSplit Split, IReadOnlyList<BabiTaskScore> Tasks)
{
    /// <summary>Mean over tasks of the per-task error (the paper's "mean error", as a fraction).</summary>
    public double MeanError => Tasks.Average(t => t.Error);

    /// <summary>Number of failed tasks (error &gt; 5 %).</summary>
    public int FailedTasks => Tasks.Count(t => t.Failed);

    /// <summary>Cross-entropy per question over every task's questions together (the authors' validation loss).</summary>
    public double Loss => Tasks.Sum(t => t.LossSum) / Math.Max(1, Tasks.Sum(t => t.Questions));
}
