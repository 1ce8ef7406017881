using System.Globalization;

namespace SamRL.Environments.Babi;

/// <summary>
/// Reader for one standard bAbI text file (<c>qaN_*_{train,valid,test}.txt</c>). Every line is
/// <c>id text</c>; id 1 starts a new story and ids then count up by one. A question line is
/// <c>id question \t answer \t supporting ids</c>; every question becomes one <see cref="BabiSample"/> whose
/// context is all statement sentences of its story that precede it.
/// </summary>
public static class BabiFile
{
    /// <summary>Reads the stories of the file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="BabiFormatException">A line is malformed.</exception>
    public static IReadOnlyList<BabiStory> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"bAbI file not found: {path}", path);
        }

        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>Reads the stories from <paramref name="reader"/>; <paramref name="sourceName"/> appears in errors.</summary>
    /// <exception cref="BabiFormatException">A line is malformed.</exception>
    public static IReadOnlyList<BabiStory> Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var stories = new List<BabiStory>();
        List<BabiSample>? questions = null;
        var statements = new List<string[]>();
        var lineNumber = 0;
        var lastId = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (id, text) = SplitId(line, sourceName, lineNumber);
            if (id == 1)
            {
                if (questions is { Count: > 0 })
                {
                    stories.Add(new BabiStory(questions));
                }

                questions = [];
                statements = [];
            }
            else if (questions is null || id != lastId + 1)
            {
                throw new BabiFormatException(sourceName, lineNumber, $"expected line id {(questions is null ? 1 : lastId + 1)} (a story starts at 1 and counts up), got {id}.");
            }

            lastId = id;
            var fields = text.Split('\t');
            if (fields.Length == 1)
            {
                statements.Add(BabiTokenizer.Tokenize(text));
                continue;
            }

            questions!.Add(ParseQuestion(fields, id, statements, sourceName, lineNumber));
        }

        if (questions is { Count: > 0 })
        {
            stories.Add(new BabiStory(questions));
        }

        return stories;
    }

    private static (int Id, string Text) SplitId(string line, string source, int lineNumber)
    {
        var space = line.IndexOf(' ');
        if (space <= 0 || !int.TryParse(line.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
        {
            throw new BabiFormatException(source, lineNumber, "expected a positive line id followed by a space.");
        }

        return (id, line[(space + 1)..]);
    }

    private static BabiSample ParseQuestion(string[] fields, int id, List<string[]> statements, string source, int lineNumber)
    {
        if (fields.Length > 3 || string.IsNullOrWhiteSpace(fields[1]))
        {
            throw new BabiFormatException(source, lineNumber, "expected a question line 'question<TAB>answer<TAB>supporting ids' with a non-empty answer.");
        }

        var supporting = Array.Empty<int>();
        if (fields.Length == 3 && !string.IsNullOrWhiteSpace(fields[2]))
        {
            var parts = fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            supporting = new int[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out supporting[i]) || supporting[i] < 1 || supporting[i] >= id)
                {
                    throw new BabiFormatException(source, lineNumber, $"supporting fact '{parts[i]}': expected the id of an earlier line of the story (1..{id - 1}).");
                }
            }
        }

        return new BabiSample(
            [.. statements], BabiTokenizer.Tokenize(fields[0]), fields[1].Trim().ToLowerInvariant(), supporting);
    }
}
