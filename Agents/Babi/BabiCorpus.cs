using SamRL.Environments.Babi;

namespace SamRL.Agents.Babi;

/// <summary>
/// The encoded splits of the tasks a run trains on, with the sizes the model needs. The vocabulary is the whole
/// dataset's, so a subset of tasks keeps the indices (and the model's V) of the full folder.
/// </summary>
public sealed class BabiCorpus
{
    private BabiCorpus(IReadOnlyList<BabiTaskSplits> tasks, int vocabularySize, int maxSentenceLength)
    {
        Tasks = tasks;
        VocabularySize = vocabularySize;
        MaxSentenceLength = maxSentenceLength;
    }

    /// <summary>The selected tasks, by ascending number.</summary>
    public IReadOnlyList<BabiTaskSplits> Tasks { get; }

    /// <summary>Vocabulary size V of the dataset (padding included).</summary>
    public int VocabularySize { get; }

    /// <summary>W_max over every task of the dataset.</summary>
    public int MaxSentenceLength { get; }

    /// <summary>Encodes the tasks <paramref name="taskNumbers"/> of <paramref name="dataset"/> (all of them when null).</summary>
    /// <exception cref="ArgumentException">A requested task is not in the dataset.</exception>
    public static BabiCorpus Create(BabiDataset dataset, IReadOnlyCollection<int>? taskNumbers = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var present = dataset.Tasks.Select(t => t.Number).ToHashSet();
        var missing = taskNumbers?.Where(n => !present.Contains(n)).Order().ToArray() ?? [];
        if (missing.Length > 0)
        {
            throw new ArgumentException(
                $"bAbI task(s) {string.Join(", ", missing)} not in the data folder, which has tasks {string.Join(", ", present.Order())}.",
                nameof(taskNumbers));
        }

        var tasks = dataset.Tasks
            .Where(t => taskNumbers is null || taskNumbers.Contains(t.Number))
            .Select(t => new BabiTaskSplits(
                t.Number,
                t.Encode(BabiSplit.Train, dataset.Vocabulary),
                t.Encode(BabiSplit.Valid, dataset.Vocabulary),
                t.Encode(BabiSplit.Test, dataset.Vocabulary)))
            .ToArray();
        return new BabiCorpus(tasks, dataset.Vocabulary.Count, dataset.MaxSentenceLength);
    }

    /// <summary>The model sizes for this corpus at the paper's defaults.</summary>
    public BabiModelOptions ModelOptions() => new() { VocabularySize = VocabularySize, MaxSentenceLength = MaxSentenceLength };
}

/// <summary>One task's encoded splits.</summary>
/// <param name="Number">The task number.</param>
/// <param name="Train">Training questions.</param>
/// <param name="Valid">Validation questions.</param>
/// <param name="Test">Test questions.</param>
public sealed record BabiTaskSplits(int Number, BabiEncodedSplit Train, BabiEncodedSplit Valid, BabiEncodedSplit Test)
{
    /// <summary>The split <paramref name="split"/>.</summary>
    public BabiEncodedSplit Split(BabiSplit split) => split switch
    {
        BabiSplit.Train => Train,
        BabiSplit.Valid => Valid,
        BabiSplit.Test => Test,
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, "Expected Train, Valid or Test."),
    };
}
