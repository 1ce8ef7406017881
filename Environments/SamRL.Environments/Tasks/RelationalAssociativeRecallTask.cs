using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks;

/// <summary>
/// Relational associative recall, RAR (paper §3.2; reference §4.5): after a list of items and a query item,
/// reconstruct the seen item farthest from the query when the query's last bit is 1, else the closest.
/// </summary>
/// <remarks>
/// <para><b>Our reading of items and lengths.</b> The paper says only "each item is a list of several
/// 32-bit vectors". The authors' training script calls their generator with its arguments swapped, so what
/// they trained on is P = 3 items of L ~ U{2..5} vectors each (L drawn once per batch); that is what the
/// defaults reproduce (<see cref="ItemCount"/> = 3, item lengths 2–5). As in their generator, the query
/// repeats one of the items, chosen once per batch among all but the last item.</para>
/// <para><b>Inputs</b> [(L+1)(P+1) + 1 + L, B, bits + 2]: for each item, a delimiter row (channel
/// <c>bits</c> = 1) followed by its L vectors (channels 0..bits−1, each bit 1 with probability ½); then a
/// query delimiter (channel <c>bits + 1</c> = 1), the L vectors of the query item, and a closing query
/// delimiter (channel <c>bits + 1</c> = 1); then L zero decoding steps.</para>
/// <para><b>Targets</b> [L, B, bits]: the vectors of the item other than the query whose flattened L×bits
/// bits have the largest (query's last bit 1) or smallest (0) Euclidean distance to the query's; ties go to
/// the lowest item index. Predicted at the decoding steps (<see cref="TaskBatch.OutputStart"/> =
/// (L+1)(P+1) + 1). Loss: binary cross-entropy; metric: <see cref="TaskMetrics.BitErrorPerSequence"/>.</para>
/// </remarks>
public sealed class RelationalAssociativeRecallTask : ISequenceTask<BitTargetBatch>
{
    /// <summary>Creates the task; the defaults are what the authors trained on (3 items of 2–5 vectors, 32 bits).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 items, or non-positive or inverted lengths.</exception>
    public RelationalAssociativeRecallTask(int itemCount = 3, int minItemLength = 2, int maxItemLength = 5, int bits = 32)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(itemCount, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minItemLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItemLength, minItemLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bits);
        ItemCount = itemCount;
        MinItemLength = minItemLength;
        MaxItemLength = maxItemLength;
        Bits = bits;
    }

    /// <summary>Number of items P.</summary>
    public int ItemCount { get; }

    /// <summary>Fewest vectors per item.</summary>
    public int MinItemLength { get; }

    /// <summary>Most vectors per item.</summary>
    public int MaxItemLength { get; }

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
        var length = Sampling.Between(rng, MinItemLength, MaxItemLength);
        var query = rng.NextInt(ItemCount - 1);
        var queryStart = (length + 1) * ItemCount;
        var outputStart = (length + 1) * (ItemCount + 1) + 1;
        var inputs = new TimeMajorArray(outputStart + length, batchSize, InputWidth);
        var targets = new TimeMajorArray(length, batchSize, Bits);
        for (var b = 0; b < batchSize; b++)
        {
            for (var item = 0; item < ItemCount; item++)
            {
                var start = item * (length + 1);
                inputs[start, b, Bits] = 1f;
                for (var t = 1; t <= length; t++)
                {
                    Sampling.FillBits(rng, inputs.Row(start + t, b)[..Bits]);
                }
            }

            inputs[queryStart, b, Bits + 1] = 1f;
            for (var t = 1; t <= length; t++)
            {
                inputs.Row(query * (length + 1) + t, b).CopyTo(inputs.Row(queryStart + t, b));
            }

            inputs[queryStart + length + 1, b, Bits + 1] = 1f;
            var answer = AnswerItem(inputs, b, length, query);
            for (var t = 0; t < length; t++)
            {
                inputs.Row(answer * (length + 1) + 1 + t, b)[..Bits].CopyTo(targets.Row(t, b));
            }
        }

        return new BitTargetBatch(inputs, outputStart, targets, Sampling.Ones(length * batchSize));
    }

    private int AnswerItem(TimeMajorArray inputs, int sequence, int length, int query)
    {
        var farthest = inputs[query * (length + 1) + length, sequence, Bits - 1] == 1f;
        var answer = -1;
        var answerDistance = 0;
        for (var item = 0; item < ItemCount; item++)
        {
            if (item == query)
            {
                continue;
            }

            // Bits are 0/1, so the squared Euclidean distance is the Hamming distance and the order is the same.
            var distance = 0;
            for (var t = 1; t <= length; t++)
            {
                var a = inputs.Row(item * (length + 1) + t, sequence);
                var q = inputs.Row(query * (length + 1) + t, sequence);
                for (var bit = 0; bit < Bits; bit++)
                {
                    distance += a[bit] != q[bit] ? 1 : 0;
                }
            }

            var better = farthest ? distance > answerDistance : distance < answerDistance;
            if (answer < 0 || better)
            {
                answer = item;
                answerDistance = distance;
            }
        }

        return answer;
    }
}
