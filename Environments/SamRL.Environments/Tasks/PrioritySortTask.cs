using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks;

/// <summary>
/// Priority sort (paper §3.2; reference §4.4): output the highest-priority input vectors in descending
/// priority order.
/// </summary>
/// <remarks>
/// <para><b>Inputs</b> [n + k, B, bits + 2] with n = <see cref="InputCount"/> (20) and
/// k = <see cref="OutputCount"/> (16): steps 0..n−1 carry a random vector (channels 0..bits−1, each bit 1
/// with probability ½) and its priority ~ U[−1, 1) in channel <c>bits</c>; channel <c>bits + 1</c> is
/// always 0 (kept for the authors' width of 34). No delimiters. Steps n..n+k−1 are zero decoding steps.</para>
/// <para><b>Targets</b> [k, B, bits]: the k highest-priority vectors, highest first, predicted at the
/// decoding steps (<see cref="TaskBatch.OutputStart"/> = n). Loss: binary cross-entropy; metric:
/// <see cref="TaskMetrics.BitErrorPerSequence"/>.</para>
/// </remarks>
public sealed class PrioritySortTask : ISequenceTask<BitTargetBatch>
{
    /// <summary>Creates the task; the defaults are the paper's (20 inputs, 16 outputs, 32 bits).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is not positive or more outputs than inputs are asked.</exception>
    public PrioritySortTask(int inputCount = 20, int outputCount = 16, int bits = 32)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(outputCount, inputCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bits);
        InputCount = inputCount;
        OutputCount = outputCount;
        Bits = bits;
    }

    /// <summary>Number of input vectors n.</summary>
    public int InputCount { get; }

    /// <summary>Number of output vectors k.</summary>
    public int OutputCount { get; }

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
        var inputs = new TimeMajorArray(InputCount + OutputCount, batchSize, InputWidth);
        var targets = new TimeMajorArray(OutputCount, batchSize, Bits);
        var priorities = new float[InputCount];
        var order = new int[InputCount];
        for (var b = 0; b < batchSize; b++)
        {
            for (var t = 0; t < InputCount; t++)
            {
                var row = inputs.Row(t, b);
                Sampling.FillBits(rng, row[..Bits]);
                priorities[t] = (float)(2.0 * rng.NextDouble() - 1.0);
                row[Bits] = priorities[t];
                order[t] = t;
            }

            // Stable descending sort: equal priorities (probability ~2⁻²⁴) keep input order.
            Array.Sort(order, (x, y) => priorities[y] != priorities[x] ? priorities[y].CompareTo(priorities[x]) : x.CompareTo(y));
            for (var k = 0; k < OutputCount; k++)
            {
                inputs.Row(order[k], b)[..Bits].CopyTo(targets.Row(k, b));
            }
        }

        return new BitTargetBatch(inputs, InputCount, targets, Sampling.Ones(OutputCount * batchSize));
    }
}
