namespace SamRL.Environments.Tasks;

/// <summary>
/// A batch whose targets are class indices (associative retrieval, Nth-farthest, geometry and graph tasks):
/// the loss is cross-entropy over <see cref="ClassCount"/> classes per output step, weighted by
/// <see cref="TaskBatch.Mask"/>.
/// </summary>
public class ClassTargetBatch : TaskBatch
{
    /// <summary>Creates a batch; <paramref name="targets"/> is [T_out, B] class indices.</summary>
    /// <exception cref="ArgumentException">A target is outside [0, classCount) or the length is wrong.</exception>
    public ClassTargetBatch(TimeMajorArray inputs, int outputStart, int outputSteps, int[] targets, int classCount, float[] mask)
        : base(inputs, outputStart, outputSteps, mask)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        if (targets.Length != outputSteps * inputs.BatchSize)
        {
            throw new ArgumentException(
                $"Expected {outputSteps * inputs.BatchSize} targets ([T_out, B]), got {targets.Length}.", nameof(targets));
        }

        foreach (var target in targets)
        {
            if ((uint)target >= (uint)classCount)
            {
                throw new ArgumentException($"Expected every target in [0, {classCount}), found {target}.", nameof(targets));
            }
        }

        Targets = targets;
        ClassCount = classCount;
    }

    /// <summary>Target class per output step and sequence, [T_out, B] (index t * B + b).</summary>
    public int[] Targets { get; }

    /// <summary>Number of classes of the output head.</summary>
    public int ClassCount { get; }
}
