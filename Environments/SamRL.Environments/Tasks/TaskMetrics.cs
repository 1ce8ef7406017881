namespace SamRL.Environments.Tasks;

/// <summary>The paper's metrics for the supervised memory tasks.</summary>
public static class TaskMetrics
{
    /// <summary>
    /// Bit error per sequence (paper Fig. 2): threshold the predicted probabilities σ(output) at 0.5, count
    /// the bits that differ from the targets over the whole batch (masked steps only), and divide by B.
    /// </summary>
    /// <param name="probabilities">Predicted bit probabilities, [T_out, B, bits] time-major like the targets.</param>
    /// <param name="batch">The batch the predictions are for.</param>
    /// <exception cref="ArgumentException">The prediction length does not match the targets.</exception>
    public static double BitErrorPerSequence(ReadOnlySpan<float> probabilities, BitTargetBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var targets = batch.Targets;
        if (probabilities.Length != targets.Data.Length)
        {
            throw new ArgumentException(
                $"Expected {targets.Data.Length} probabilities ([{targets.Steps}, {targets.BatchSize}, {targets.Width}]), got {probabilities.Length}.",
                nameof(probabilities));
        }

        long errors = 0;
        for (var row = 0; row < batch.Mask.Length; row++)
        {
            if (batch.Mask[row] == 0f)
            {
                continue;
            }

            var start = row * targets.Width;
            for (var bit = start; bit < start + targets.Width; bit++)
            {
                var predicted = probabilities[bit] > 0.5f;
                var expected = targets.Data[bit] > 0.5f;
                errors += predicted == expected ? 0 : 1;
            }
        }

        return (double)errors / batch.BatchSize;
    }

    /// <summary>
    /// Per-step accuracy (paper §3.3): the fraction of masked output steps whose predicted class equals the
    /// target. For single-output tasks (associative retrieval, Nth-farthest) this is the plain accuracy.
    /// </summary>
    /// <param name="predictedClasses">Predicted class per output step and sequence, [T_out, B].</param>
    /// <param name="batch">The batch the predictions are for.</param>
    /// <exception cref="ArgumentException">The prediction length does not match the targets.</exception>
    public static double PerStepAccuracy(ReadOnlySpan<int> predictedClasses, ClassTargetBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (predictedClasses.Length != batch.Targets.Length)
        {
            throw new ArgumentException(
                $"Expected {batch.Targets.Length} predictions ([T_out, B]), got {predictedClasses.Length}.", nameof(predictedClasses));
        }

        double counted = 0;
        double correct = 0;
        for (var i = 0; i < batch.Targets.Length; i++)
        {
            counted += batch.Mask[i];
            correct += predictedClasses[i] == batch.Targets[i] ? batch.Mask[i] : 0;
        }

        return counted == 0 ? 0 : correct / counted;
    }

    /// <summary>
    /// Accuracy of single-output tasks: the fraction of sequences whose predicted class equals the target.
    /// Equal to <see cref="PerStepAccuracy"/> when the batch has one output step.
    /// </summary>
    /// <exception cref="ArgumentException">The batch has more than one output step or the lengths differ.</exception>
    public static double Accuracy(ReadOnlySpan<int> predictedClasses, ClassTargetBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.OutputSteps != 1)
        {
            throw new ArgumentException(
                $"Expected a single-output batch, got {batch.OutputSteps} output steps; use PerStepAccuracy.", nameof(batch));
        }

        return PerStepAccuracy(predictedClasses, batch);
    }

    /// <summary>Index of the largest value in each row of a [rows, classes] logit array.</summary>
    /// <exception cref="ArgumentException">The logits are not a whole number of rows.</exception>
    public static int[] ArgMax(ReadOnlySpan<float> logits, int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classCount);
        if (logits.Length % classCount != 0)
        {
            throw new ArgumentException(
                $"Expected a multiple of {classCount} logits, got {logits.Length}.", nameof(logits));
        }

        var result = new int[logits.Length / classCount];
        for (var row = 0; row < result.Length; row++)
        {
            var values = logits.Slice(row * classCount, classCount);
            var best = 0;
            for (var c = 1; c < classCount; c++)
            {
                best = values[c] > values[best] ? c : best;
            }

            result[row] = best;
        }

        return result;
    }
}
