using SamRL.Environments.Babi;

namespace SamRL.Agents.Babi;

/// <summary>Receives what a <see cref="BabiTrainer"/> reports, on the training thread.</summary>
public interface IBabiTrainingObserver
{
    /// <summary>A logging interval ended.</summary>
    void OnTrainingInterval(BabiTrainingInterval interval);

    /// <summary>One task of a validation or test pass was scored (a pass over every task can take minutes).</summary>
    void OnTaskEvaluated(BabiSplit split, BabiTaskScore score);

    /// <summary>A validation or test pass ended.</summary>
    void OnEvaluation(BabiEvaluationPoint point);

    /// <summary>A checkpoint was written.</summary>
    void OnCheckpoint(string path, long iteration);
}

/// <summary>Training statistics over one logging interval.</summary>
/// <param name="Iteration">Iterations done at the end of the interval.</param>
/// <param name="Examples">Training questions seen at the end of the interval.</param>
/// <param name="Elapsed">Training time so far, resumed sessions included.</param>
/// <param name="Loss">Mean cross-entropy over the interval's batches.</param>
/// <param name="Error">Fraction of the interval's questions answered wrong.</param>
/// <param name="LearningRate">The learning rate in use.</param>
/// <param name="Epoch">Epochs completed, fractional.</param>
public sealed record BabiTrainingInterval(long Iteration, long Examples, TimeSpan Elapsed, double Loss, double Error, double LearningRate, double Epoch);

/// <summary>One evaluation pass.</summary>
/// <param name="Iteration">Iterations done when it ran.</param>
/// <param name="Examples">Training questions seen when it ran.</param>
/// <param name="Elapsed">Training time so far.</param>
/// <param name="Scores">Per-task scores on the split.</param>
/// <param name="IsBest">For validation: whether it is the best so far (the model was saved as best).</param>
/// <param name="LearningRate">The learning rate after the pass (the one-time decay may just have fired).</param>
public sealed record BabiEvaluationPoint(long Iteration, long Examples, TimeSpan Elapsed, BabiSplitScores Scores, bool IsBest, double LearningRate);

/// <summary>Why training stopped.</summary>
public enum BabiStopReason
{
    /// <summary>The configured number of epochs is done.</summary>
    Epochs,

    /// <summary>The iteration limit was reached.</summary>
    MaxIterations,

    /// <summary>The time limit was reached.</summary>
    MaxMinutes,

    /// <summary>Training was cancelled (Ctrl+C).</summary>
    Cancelled,
}

/// <summary>The outcome of <see cref="BabiTrainer.Run"/>.</summary>
/// <param name="Reason">Why training stopped.</param>
/// <param name="Iteration">Iterations done.</param>
/// <param name="Examples">Training questions seen.</param>
/// <param name="Elapsed">Training time, resumed sessions included.</param>
/// <param name="BestValidError">Best mean validation error (fraction); NaN when cancelled before the first validation.</param>
/// <param name="Test">Per-task test scores of the best-validation model; null when training was cancelled.</param>
public sealed record BabiTrainingSummary(BabiStopReason Reason, long Iteration, long Examples, TimeSpan Elapsed, double BestValidError, BabiSplitScores? Test);
