using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks;

/// <summary>
/// Copy (paper §3.2; reference §4.3): reproduce a sequence of random bit vectors after seeing it once.
/// </summary>
/// <remarks>
/// <para><b>Length.</b> One length L ~ U{<see cref="MinLength"/>..<see cref="MaxLength"/>} per batch
/// (1..20 by default), as the authors' generator does.</para>
/// <para><b>Inputs</b> [2L + 2, B, bits + 2]: step 0 is the start flag (channel <c>bits</c> = 1); steps 1..L
/// carry the vectors in channels 0..bits−1 (each bit 1 with probability ½); step L + 1 is the end flag
/// (channel <c>bits + 1</c> = 1); steps L + 2..2L + 1 are zero decoding steps.</para>
/// <para><b>Targets</b> [L, B, bits]: the L vectors in order, predicted at the decoding steps
/// (<see cref="TaskBatch.OutputStart"/> = L + 2). Loss: binary cross-entropy; metric:
/// <see cref="TaskMetrics.BitErrorPerSequence"/>.</para>
/// </remarks>
public sealed class CopyTask : ISequenceTask<BitTargetBatch>
{
    /// <summary>Creates the task; the defaults are the paper's (32-bit vectors, lengths 1–20).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A length or the bit count is not positive, or min &gt; max.</exception>
    public CopyTask(int minLength = 1, int maxLength = 20, int bits = 32)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, minLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bits);
        MinLength = minLength;
        MaxLength = maxLength;
        Bits = bits;
    }

    /// <summary>Shortest sequence length.</summary>
    public int MinLength { get; }

    /// <summary>Longest sequence length.</summary>
    public int MaxLength { get; }

    /// <summary>Bits per vector.</summary>
    public int Bits { get; }

    /// <inheritdoc/>
    public int InputWidth => Bits + 2;

    /// <inheritdoc/>
    public int OutputWidth => Bits;

    /// <inheritdoc/>
    public BitTargetBatch NextBatch(Rng rng, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var length = Sampling.Between(rng, MinLength, MaxLength);
        var inputs = new TimeMajorArray(2 * length + 2, batchSize, InputWidth);
        var targets = new TimeMajorArray(length, batchSize, Bits);
        for (var b = 0; b < batchSize; b++)
        {
            inputs[0, b, Bits] = 1f;
            for (var t = 0; t < length; t++)
            {
                var vector = targets.Row(t, b);
                Sampling.FillBits(rng, vector);
                vector.CopyTo(inputs.Row(t + 1, b));
            }

            inputs[length + 1, b, Bits + 1] = 1f;
        }

        return new BitTargetBatch(inputs, length + 2, targets, Sampling.Ones(length * batchSize));
    }
}
