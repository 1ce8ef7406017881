using System.Globalization;
using System.Text;

namespace SamRL.Runner.Supervised;

/// <summary>
/// The <c>metrics.csv</c> of a supervised run (the shared run-folder contract): one <c>train</c> row per logging
/// interval (loss and metric averaged over it) and one <c>valid</c> or <c>test</c> row per evaluation. Invariant
/// culture, no quoting; every row is flushed as it is written.
/// </summary>
public sealed class SupervisedMetricsCsv : IDisposable
{
    /// <summary>The header line.</summary>
    public const string Header = "kind,iteration,examples,elapsed_seconds,loss,metric";

    private readonly StreamWriter writer;

    private SupervisedMetricsCsv(StreamWriter writer) => this.writer = writer;

    /// <summary>Opens <paramref name="path"/> for appending, writing the header when the file is new or empty.</summary>
    public static SupervisedMetricsCsv Open(string path)
    {
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (stream.Length == 0)
        {
            writer.Write(Header + "\n");
            writer.Flush();
        }

        return new SupervisedMetricsCsv(writer);
    }

    /// <summary>
    /// Prepares the file of a resumed run: keeps the header and the <c>train</c> and <c>valid</c> rows up to the
    /// checkpoint's <paramref name="iteration"/>, and drops the rest (rows the resumed run writes again, and the test
    /// rows of an earlier end, since the run tests again when it ends).
    /// </summary>
    public static void TruncateForResume(string path, long iteration)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var kept = new StringBuilder(Header + "\n");
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length >= 2 && fields[0] is "train" or "valid"
                && long.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var rowIteration) && rowIteration <= iteration)
            {
                kept.Append(line).Append('\n');
            }
        }

        Runs.AtomicFile.WriteAllText(path, kept.ToString());
    }

    /// <summary>Appends a row.</summary>
    /// <param name="kind"><c>train</c>, <c>valid</c> or <c>test</c>.</param>
    /// <param name="iteration">Iterations done.</param>
    /// <param name="examples">Training sequences seen.</param>
    /// <param name="elapsedSeconds">Training time.</param>
    /// <param name="loss">Loss (mean over the interval or the split).</param>
    /// <param name="metric">The task's metric.</param>
    public void Append(string kind, long iteration, long examples, double elapsedSeconds, double loss, double metric)
    {
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{kind},{iteration},{examples},{elapsedSeconds:R},{loss:R},{metric:R}\n"));
        writer.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();
}
