using System.Globalization;
using System.Text.RegularExpressions;

namespace SamRL.Environments.Babi;

/// <summary>
/// The bAbI tasks found in one folder, with the vocabulary they share (reference §5.1). Reads the standard
/// file names — <c>qaN_name_{train,test}.txt</c> of the 1k (<c>en</c>) and 10k (<c>en-10k</c>) sets, or
/// <c>qaN_{train,valid,test}.txt</c> of <c>en-valid-10k</c>. When a task has no validation file its
/// training file is split: the last <see cref="BabiLoadOptions.ValidationFraction"/> of the stories become
/// validation, which turns en-10k into en-valid-10k.
/// </summary>
public sealed partial class BabiDataset
{
    private BabiDataset(IReadOnlyList<BabiTask> tasks, BabiVocabulary vocabulary)
    {
        Tasks = tasks;
        Vocabulary = vocabulary;
    }

    /// <summary>The tasks present, by ascending number.</summary>
    public IReadOnlyList<BabiTask> Tasks { get; }

    /// <summary>One vocabulary over every task, split, word and answer; index 0 is padding.</summary>
    public BabiVocabulary Vocabulary { get; }

    /// <summary>Largest padded sentence length over the tasks (the positional-weight size of the model).</summary>
    public int MaxSentenceLength => Tasks.Max(t => t.SentenceLength);

    /// <summary>Loads every task in <paramref name="folder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">The folder has no bAbI files, a task lacks its train or test file, or a file appears twice.</exception>
    /// <exception cref="BabiFormatException">A file is malformed.</exception>
    public static BabiDataset Load(string folder, BabiLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        options ??= new BabiLoadOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxStorySentences);
        if (!(options.ValidationFraction > 0 && options.ValidationFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ValidationFraction, "Expected a validation fraction in (0, 1).");
        }

        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"bAbI folder not found: {folder}");
        }

        var files = FindFiles(folder);
        var tasks = new List<BabiTask>();
        foreach (var number in files.Keys.Select(k => k.Task).Distinct().Order())
        {
            tasks.Add(LoadTask(folder, number, files, options));
        }

        var vocabulary = new BabiVocabulary();
        foreach (var token in tasks.SelectMany(t => t.TokensInOrder()))
        {
            vocabulary.Add(token);
        }

        return new BabiDataset(tasks, vocabulary);
    }

    private static Dictionary<(int Task, BabiSplit Split), string> FindFiles(string folder)
    {
        var files = new Dictionary<(int, BabiSplit), string>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var match = FileNamePattern().Match(Path.GetFileName(path));
            if (!match.Success)
            {
                continue;
            }

            var task = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var split = Enum.Parse<BabiSplit>(match.Groups[2].Value, ignoreCase: true);
            if (!files.TryAdd((task, split), path))
            {
                throw new InvalidDataException($"Two {split.ToString().ToLowerInvariant()} files for bAbI task {task}: {files[(task, split)]} and {path}.");
            }
        }

        if (files.Count == 0)
        {
            throw new InvalidDataException($"No bAbI files in {folder}: expected files named qaN_*_train.txt, qaN_*_test.txt (and optionally qaN_*_valid.txt).");
        }

        return files;
    }

    private static BabiTask LoadTask(string folder, int number, Dictionary<(int Task, BabiSplit Split), string> files, BabiLoadOptions options)
    {
        string Required(BabiSplit split) =>
            files.TryGetValue((number, split), out var path)
                ? path
                : throw new InvalidDataException($"bAbI task {number} in {folder} has no {split.ToString().ToLowerInvariant()} file (expected qa{number}_*_{split.ToString().ToLowerInvariant()}.txt).");

        var train = BabiFile.Read(Required(BabiSplit.Train));
        var test = BabiFile.Read(Required(BabiSplit.Test));
        IReadOnlyList<BabiStory> valid;
        if (files.TryGetValue((number, BabiSplit.Valid), out var validPath))
        {
            valid = BabiFile.Read(validPath);
        }
        else
        {
            var validCount = (int)Math.Round(train.Count * options.ValidationFraction, MidpointRounding.AwayFromZero);
            if (validCount == 0 || validCount == train.Count)
            {
                throw new InvalidDataException(
                    $"bAbI task {number}: cannot split {train.Count} training stories {options.ValidationFraction:P0} for validation; add a qa{number}_*_valid.txt file.");
            }

            valid = [.. train.Skip(train.Count - validCount)];
            train = [.. train.Take(train.Count - validCount)];
        }

        if (train.Count == 0 || test.Count == 0)
        {
            throw new InvalidDataException($"bAbI task {number} in {folder}: expected questions in both the train and test files.");
        }

        return new BabiTask(number, train, valid, test, options.MaxStorySentences);
    }

    [GeneratedRegex(@"^qa(\d+)_(?:.*_)?(train|valid|test)\.txt$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
