namespace SamRL.Environments.Tasks;

/// <summary>
/// A batch whose targets are bit vectors (copy, priority sort, relational associative recall): the loss
/// is binary cross-entropy on σ(output) and the metric is <see cref="TaskMetrics.BitErrorPerSequence"/>.
/// </summary>
public sealed class BitTargetBatch : TaskBatch
{
    /// <summary>Creates a batch; <paramref name="targets"/> is [T_out, B, bits].</summary>
    /// <exception cref="ArgumentException">The targets do not match the output window or batch size.</exception>
    public BitTargetBatch(TimeMajorArray inputs, int outputStart, TimeMajorArray targets, float[] mask)
        : base(inputs, outputStart, targets?.Steps ?? 0, mask)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.BatchSize != inputs.BatchSize)
        {
            throw new ArgumentException(
                $"Expected targets for {inputs.BatchSize} sequences, got {targets.BatchSize}.", nameof(targets));
        }

        Targets = targets;
    }

    /// <summary>Target bits (0 or 1), [T_out, B, bits].</summary>
    public TimeMajorArray Targets { get; }
}
