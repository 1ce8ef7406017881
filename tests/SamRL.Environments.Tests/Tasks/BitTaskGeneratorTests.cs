using SamRL.Environments.Core;
using SamRL.Environments.Tasks;

namespace SamRL.Environments.Tests.Tasks;

public class BitTaskGeneratorTests
{
    [Fact]
    public void Copy_frames_the_vectors_with_flags_and_targets_them_after_the_end_flag()
    {
        var batch = new CopyTask(minLength: 3, maxLength: 3, bits: 8).NextBatch(new Rng(1), 4);
        var inputs = batch.Inputs;

        Assert.Equal([8, 4, 10], inputs.Shape);
        Assert.Equal(5, batch.OutputStart);
        Assert.Equal([3, 4, 8], batch.Targets.Shape);
        for (var b = 0; b < 4; b++)
        {
            Assert.Equal(Row(1, 8, 8), inputs.Row(0, b).ToArray());
            Assert.Equal(Row(1, 9, 8), inputs.Row(4, b).ToArray());
            for (var t = 0; t < 3; t++)
            {
                Assert.Equal(batch.Targets.Row(t, b).ToArray(), inputs.Row(t + 1, b)[..8].ToArray());
                Assert.Equal(0f, inputs[t + 1, b, 8] + inputs[t + 1, b, 9]);
                Assert.All(inputs.Row(5 + t, b).ToArray(), v => Assert.Equal(0f, v));
            }
        }

        Assert.All(batch.Mask, m => Assert.Equal(1f, m));
    }

    [Fact]
    public void Copy_bits_are_fair_coins()
    {
        var batch = new CopyTask(minLength: 20, maxLength: 20).NextBatch(new Rng(2), 64);
        var ones = batch.Targets.Data.Count(v => v == 1f);
        var zeros = batch.Targets.Data.Count(v => v == 0f);

        Assert.Equal(batch.Targets.Data.Length, ones + zeros);
        // 40,960 fair bits: the standard deviation of the count of ones is 101.
        Assert.InRange(ones, 20480 - 600, 20480 + 600);
    }

    [Fact]
    public void Copy_lengths_cover_the_whole_range()
    {
        var task = new CopyTask();
        var rng = new Rng(3);
        var lengths = Enumerable.Range(0, 400).Select(_ => task.NextBatch(rng, 1).OutputSteps).ToHashSet();

        Assert.Equal(Enumerable.Range(1, 20).ToHashSet(), lengths);
    }

    [Fact]
    public void Priority_sort_targets_are_the_highest_priority_vectors_in_descending_order()
    {
        var task = new PrioritySortTask();
        var batch = task.NextBatch(new Rng(4), 8);

        Assert.Equal([36, 8, 34], batch.Inputs.Shape);
        Assert.Equal(20, batch.OutputStart);
        for (var b = 0; b < 8; b++)
        {
            var remaining = Enumerable.Range(0, 20).ToList();
            for (var k = 0; k < 16; k++)
            {
                // Selection by a direct scan for the highest remaining priority.
                var best = remaining[0];
                foreach (var t in remaining)
                {
                    best = batch.Inputs[t, b, 32] > batch.Inputs[best, b, 32] ? t : best;
                }

                remaining.Remove(best);
                Assert.Equal(batch.Inputs.Row(best, b)[..32].ToArray(), batch.Targets.Row(k, b).ToArray());
            }

            for (var t = 0; t < 20; t++)
            {
                Assert.InRange(batch.Inputs[t, b, 32], -1f, 1f);
                Assert.Equal(0f, batch.Inputs[t, b, 33]);
            }
        }
    }

    [Fact]
    public void Relational_recall_targets_the_farthest_or_closest_item_by_the_query_last_bit()
    {
        var task = new RelationalAssociativeRecallTask();
        var rng = new Rng(5);
        var sawFarthest = false;
        var sawClosest = false;
        for (var round = 0; round < 20; round++)
        {
            var batch = task.NextBatch(rng, 16);
            var length = batch.OutputSteps;
            Assert.InRange(length, 2, 5);
            Assert.Equal((length + 1) * 4 + 1, batch.OutputStart);
            Assert.Equal(batch.OutputStart + length, batch.Inputs.Steps);
            for (var b = 0; b < 16; b++)
            {
                var items = Enumerable.Range(0, 3).Select(i => ItemBits(batch.Inputs, b, 1 + i * (length + 1), length)).ToArray();
                var queryStart = 3 * (length + 1);
                Assert.Equal(1f, batch.Inputs[queryStart, b, 33]);
                Assert.Equal(1f, batch.Inputs[queryStart + length + 1, b, 33]);
                var query = ItemBits(batch.Inputs, b, queryStart + 1, length);
                var queryIndex = Array.FindIndex(items, item => item.SequenceEqual(query));
                Assert.InRange(queryIndex, 0, 1);

                var distances = items.Select((item, i) => i == queryIndex ? double.NaN : Math.Sqrt(item.Zip(query, (x, y) => (x - y) * (x - y)).Sum())).ToArray();
                var others = Enumerable.Range(0, 3).Where(i => i != queryIndex).ToArray();
                var farthest = query[^1] == 1f;
                var expected = farthest
                    ? others.OrderByDescending(i => distances[i]).ThenBy(i => i).First()
                    : others.OrderBy(i => distances[i]).ThenBy(i => i).First();
                sawFarthest |= farthest;
                sawClosest |= !farthest;

                Assert.Equal(items[expected], ItemBits(batch.Targets, b, 0, length));
            }
        }

        Assert.True(sawFarthest && sawClosest);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Bit_generators_are_deterministic_under_a_seed(int which)
    {
        ISequenceTask<BitTargetBatch> task = which switch
        {
            0 => new CopyTask(),
            1 => new PrioritySortTask(),
            _ => new RelationalAssociativeRecallTask(),
        };

        var first = task.NextBatch(new Rng(99), 8);
        var second = task.NextBatch(new Rng(99), 8);
        var other = task.NextBatch(new Rng(100), 8);

        Assert.Equal(first.Inputs.Data, second.Inputs.Data);
        Assert.Equal(first.Targets.Data, second.Targets.Data);
        Assert.NotEqual(first.Inputs.Data, other.Inputs.Data);
    }

    private static float[] Row(int one, int at, int bits)
    {
        var row = new float[bits + 2];
        row[at] = one;
        return row;
    }

    private static float[] ItemBits(TimeMajorArray array, int b, int start, int length) =>
        [.. Enumerable.Range(start, length).SelectMany(t => array.Row(t, b)[..32].ToArray())];
}
