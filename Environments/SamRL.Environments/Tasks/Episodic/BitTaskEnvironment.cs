using System.Numerics;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Tasks.Episodic;

/// <summary>
/// Episodic form of a bit-output task (copy, priority sort, relational associative recall; see
/// <see cref="SequenceTaskEnvironment{TBatch, TAction}"/>). The action is the predicted vector packed in a
/// <see cref="ulong"/> (bit i = channel i); an output step pays minus its number of wrong bits, so the
/// return is minus the paper's bit error of the sequence.
/// </summary>
public sealed class BitTaskEnvironment : SequenceTaskEnvironment<BitTargetBatch, ulong>
{
    /// <summary>Wraps <paramref name="task"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The task's vectors are wider than 64 bits.</exception>
    public BitTaskEnvironment(ISequenceTask<BitTargetBatch> task, string name)
        : base(task, name)
    {
        ActionSpace = new BitVectorSpace(task.OutputWidth);
    }

    /// <inheritdoc/>
    public override ISpace<ulong> ActionSpace { get; }

    /// <summary>Packs a row of 0/1 floats (channel i → bit i), e.g. a target row or thresholded predictions.</summary>
    public static ulong Pack(ReadOnlySpan<float> bits)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits.Length, 64, nameof(bits));
        var packed = 0UL;
        for (var i = 0; i < bits.Length; i++)
        {
            packed |= bits[i] > 0.5f ? 1UL << i : 0;
        }

        return packed;
    }

    /// <inheritdoc/>
    protected override double Score(BitTargetBatch sequence, int outputStep, ulong action) =>
        -BitOperations.PopCount(action ^ Pack(sequence.Targets.Row(outputStep, 0)));
}
