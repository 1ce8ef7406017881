using SamRL.Environments.Tasks;
using SamRL.Environments.Tasks.Geometry;
using TorchSharp;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Agents.Supervised;

/// <summary>
/// The loss and metric of a task (SAM_STM_REFERENCE §4.0): bit targets use binary cross-entropy on σ(logits), the
/// mean over every masked output bit; class targets use cross-entropy, the mean over masked output steps. The metric
/// is the paper's (<see cref="TaskMetrics"/>).
/// </summary>
public static class TaskObjective
{
    /// <summary>The loss of <paramref name="logits"/> <c>[T_out, B, D_out]</c> on <paramref name="batch"/>'s targets.</summary>
    /// <exception cref="ArgumentException">The batch type does not fit the logits.</exception>
    public static Tensor Loss(Tensor logits, TaskBatch batch)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(batch);
        using var scope = NewDisposeScope();
        var mask = tensor(batch.Mask, [batch.OutputSteps, batch.BatchSize]);
        Tensor loss;
        switch (batch)
        {
            case BitTargetBatch bits:
                var targets = tensor(bits.Targets.Data, [bits.Targets.Steps, bits.Targets.BatchSize, bits.Targets.Width]);
                var perBit = nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction: nn.Reduction.None);
                using (var width = ((double)bits.Targets.Width).ToScalar())
                {
                    loss = (perBit * mask.unsqueeze(-1)).sum() / mask.sum().mul(width);
                }

                break;
            case ClassTargetBatch classes:
                var labels = tensor(classes.Targets.Select(target => (long)target).ToArray(), [classes.OutputSteps * classes.BatchSize]);
                var perStep = nn.functional.cross_entropy(logits.reshape(-1, logits.shape[2]), labels, reduction: nn.Reduction.None);
                loss = (perStep * mask.reshape(-1)).sum() / mask.sum();
                break;
            default:
                throw new ArgumentException($"unknown batch type {batch.GetType().Name}", nameof(batch));
        }

        return loss.MoveToOuterDisposeScope();
    }

    /// <summary>The metric of <paramref name="task"/> for <paramref name="logits"/> on <paramref name="batch"/> (and the tour length for TSP).</summary>
    public static BatchScore Score(SupervisedTask task, Tensor logits, TaskBatch batch)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(batch);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        if (batch is BitTargetBatch bits)
        {
            var probabilities = logits.sigmoid().contiguous().data<float>().ToArray();
            return new BatchScore(TaskMetrics.BitErrorPerSequence(probabilities, bits), bits.BatchSize, bits.BatchSize, NoExtra);
        }

        var classes = (ClassTargetBatch)batch;
        var predicted = logits.argmax(-1).contiguous().data<long>().ToArray().Select(value => (int)value).ToArray();
        var metric = task.Metric;
        double counted = metric == TaskMetric.StepAccuracy ? classes.Mask.Sum() : classes.BatchSize;
        var value = metric == TaskMetric.Accuracy ? TaskMetrics.Accuracy(predicted, classes) : TaskMetrics.PerStepAccuracy(predicted, classes);
        return new BatchScore(value, counted, classes.BatchSize, task.ReportsTourLength && classes is PointTaskBatch points ? TourExtras(points, predicted) : NoExtra);
    }

    private static readonly IReadOnlyDictionary<string, double> NoExtra = new Dictionary<string, double>();

    // Table 3 reports the predicted tours' mean length next to the step accuracy; the optimal length and the share of
    // valid tours put that number in context.
    private static Dictionary<string, double> TourExtras(PointTaskBatch batch, int[] predicted)
    {
        double optimal = 0;
        for (int b = 0; b < batch.BatchSize; b++)
        {
            optimal += TourLength.Of(batch.Problems[b].Points, batch.Problems[b].Solution);
        }

        return new Dictionary<string, double>
        {
            ["tourLength"] = batch.MeanTourLength(predicted),
            ["optimalTourLength"] = optimal / batch.BatchSize,
            ["validTours"] = batch.ValidTourFraction(predicted),
        };
    }
}
