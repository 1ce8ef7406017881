using SamRL.Environments.Core;
using SamRL.Environments.Tasks;

namespace SamRL.Environments.Tests.Tasks;

public class ClassTaskGeneratorTests
{
    private const string Symbols = "0123456789abcdefghijklmnopqrstuvwxyz?";

    [Fact]
    public void Token_ids_follow_the_authors_alphabet()
    {
        Assert.Equal(0, AssociativeRetrievalTask.TokenOf('0'));
        Assert.Equal(9, AssociativeRetrievalTask.TokenOf('9'));
        Assert.Equal(10, AssociativeRetrievalTask.TokenOf('a'));
        Assert.Equal(35, AssociativeRetrievalTask.TokenOf('z'));
        Assert.Equal(36, AssociativeRetrievalTask.TokenOf('?'));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssociativeRetrievalTask.TokenOf('A'));
    }

    [Theory]
    [InlineData(14, 31)]
    [InlineData(24, 51)]
    public void Associative_retrieval_targets_the_value_of_the_queried_key(int pairs, int tokens)
    {
        var task = new AssociativeRetrievalTask(pairs);
        var batch = task.NextBatch(new Rng(7), 32);

        Assert.Equal([tokens, 32, 37], batch.Inputs.Shape);
        Assert.Equal(tokens - 1, batch.OutputStart);
        Assert.Equal(1, batch.OutputSteps);
        for (var b = 0; b < 32; b++)
        {
            var text = new string([.. Enumerable.Range(0, tokens).Select(t => Symbols[OneHotIndex(batch.Inputs.Row(t, b))])]);
            var keys = Enumerable.Range(0, pairs).Select(p => text[2 * p]).ToArray();
            Assert.All(keys, k => Assert.InRange(k, 'a', 'z'));
            Assert.Equal(pairs, keys.Distinct().Count());
            Assert.All(Enumerable.Range(0, pairs), p => Assert.InRange(text[2 * p + 1], '0', '9'));
            Assert.Equal("??", text.Substring(2 * pairs, 2));
            var queryPair = Array.IndexOf(keys, text[^1]);
            Assert.True(queryPair >= 0);
            Assert.Equal(text[2 * queryPair + 1] - '0', batch.Targets[b]);
        }
    }

    [Fact]
    public void Nth_farthest_targets_the_label_of_the_vector_with_n_farther_vectors()
    {
        var batch = new NthFarthestTask().NextBatch(new Rng(8), 64);

        Assert.Equal([8, 64, 40], batch.Inputs.Shape);
        Assert.Equal(7, batch.OutputStart);
        for (var b = 0; b < 64; b++)
        {
            var vectors = Enumerable.Range(0, 8).Select(t => batch.Inputs.Row(t, b)[..16].ToArray()).ToArray();
            var labels = Enumerable.Range(0, 8).Select(t => OneHotIndex(batch.Inputs.Row(t, b)[16..24])).ToArray();
            var n = OneHotIndex(batch.Inputs.Row(0, b)[24..32]);
            var m = OneHotIndex(batch.Inputs.Row(0, b)[32..40]);
            for (var t = 1; t < 8; t++)
            {
                Assert.Equal(n, OneHotIndex(batch.Inputs.Row(t, b)[24..32]));
                Assert.Equal(m, OneHotIndex(batch.Inputs.Row(t, b)[32..40]));
            }

            Assert.Equal(Enumerable.Range(0, 8), labels.Order());
            Assert.All(vectors.SelectMany(v => v), x => Assert.InRange(x, -1f, 1f));
            var reference = vectors[Array.IndexOf(labels, m)];
            var distance = vectors.Select(v => v.Zip(reference, (x, y) => (double)(x - y) * (x - y)).Sum()).ToArray();
            var answer = Array.IndexOf(labels, batch.Targets[b]);
            Assert.Equal(n, distance.Count(d => d > distance[answer]));
        }
    }

    [Fact]
    public void Class_generators_are_deterministic_under_a_seed()
    {
        var task = AssociativeRetrievalTask.Length30;
        var first = task.NextBatch(new Rng(1), 16);
        var second = task.NextBatch(new Rng(1), 16);
        var other = task.NextBatch(new Rng(2), 16);

        Assert.Equal(first.Inputs.Data, second.Inputs.Data);
        Assert.Equal(first.Targets, second.Targets);
        Assert.NotEqual(first.Inputs.Data, other.Inputs.Data);

        var nfar = new NthFarthestTask();
        Assert.Equal(nfar.NextBatch(new Rng(5), 4).Inputs.Data, nfar.NextBatch(new Rng(5), 4).Inputs.Data);
    }

    private static int OneHotIndex(ReadOnlySpan<float> row)
    {
        var index = -1;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == 1f)
            {
                Assert.Equal(-1, index);
                index = i;
            }
            else
            {
                Assert.Equal(0f, row[i]);
            }
        }

        Assert.True(index >= 0, "expected a one-hot row");
        return index;
    }
}
