using SamRL.Environments.Core;

namespace SamRL.Environments.Babi;

/// <summary>
/// A split of one task as padded index arrays (reference §5.1): stories [n, S, W], queries [n, W] and
/// answers [n], row-major, padding index 0. A story keeps its last S sentences, left-aligned; unused
/// sentence rows are all padding.
/// </summary>
public sealed class BabiEncodedSplit
{
    internal BabiEncodedSplit(int count, int storyLength, int sentenceLength, int[] stories, int[] queries, int[] answers)
    {
        Count = count;
        StoryLength = storyLength;
        SentenceLength = sentenceLength;
        Stories = stories;
        Queries = queries;
        Answers = answers;
    }

    /// <summary>Number of questions n.</summary>
    public int Count { get; }

    /// <summary>Sentences per story S.</summary>
    public int StoryLength { get; }

    /// <summary>Tokens per sentence W.</summary>
    public int SentenceLength { get; }

    /// <summary>Story token indices, [n, S, W].</summary>
    public int[] Stories { get; }

    /// <summary>Question token indices, [n, W].</summary>
    public int[] Queries { get; }

    /// <summary>Answer index per question, [n].</summary>
    public int[] Answers { get; }

    /// <summary>The questions at <paramref name="indices"/>, in that order, as a new split (a batch).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside [0, n).</exception>
    public BabiEncodedSplit Gather(ReadOnlySpan<int> indices)
    {
        var storySize = StoryLength * SentenceLength;
        var stories = new int[indices.Length * storySize];
        var queries = new int[indices.Length * SentenceLength];
        var answers = new int[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            var source = indices[i];
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)source, (uint)Count, nameof(indices));
            Stories.AsSpan(source * storySize, storySize).CopyTo(stories.AsSpan(i * storySize));
            Queries.AsSpan(source * SentenceLength, SentenceLength).CopyTo(queries.AsSpan(i * SentenceLength));
            answers[i] = Answers[source];
        }

        return new BabiEncodedSplit(indices.Length, StoryLength, SentenceLength, stories, queries, answers);
    }

    /// <summary>
    /// The split in batches of <paramref name="batchSize"/> questions (the last may be smaller), in a random
    /// order drawn from <paramref name="rng"/>, or in file order when <paramref name="rng"/> is null.
    /// </summary>
    public IEnumerable<BabiEncodedSplit> Batches(int batchSize, Rng? rng = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var order = Enumerable.Range(0, Count).ToArray();
        if (rng is not null)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
        }

        for (var start = 0; start < Count; start += batchSize)
        {
            yield return Gather(order.AsSpan(start, Math.Min(batchSize, Count - start)));
        }
    }
}
