using System.Globalization;
using System.Text;

namespace SamRL.Runner.Babi;

/// <summary>
/// The <c>metrics.csv</c> of a supervised run, as the shared results contract fixes it: header
/// <c>kind,iteration,examples,elapsed_seconds,loss,metric</c>; one <c>train</c> row per logging interval and one
/// <c>valid</c> or <c>test</c> row per evaluation; invariant culture, no quoting. Rows are flushed as written. A
/// resumed run first drops the rows written after its checkpoint, so the file continues without duplicates.
/// </summary>
public sealed class SupervisedMetricsCsv : IDisposable
{
    /// <summary>The contract's header line.</summary>
    public const string Header = "kind,iteration,examples,elapsed_seconds,loss,metric";

    private readonly StreamWriter writer;

    private SupervisedMetricsCsv(StreamWriter writer) => this.writer = writer;

    /// <summary>
    /// Opens <paramref name="path"/> for appending, writing the header to a new file. With
    /// <paramref name="keepThroughIteration"/>, rows of later iterations are removed first.
    /// </summary>
    public static SupervisedMetricsCsv Open(string path, long? keepThroughIteration = null)
    {
        if (keepThroughIteration is { } last && File.Exists(path))
        {
            var kept = File.ReadAllLines(path).Where((line, index) => index == 0 || IterationOf(line) <= last).ToArray();
            Runs.AtomicFile.WriteAllText(path, string.Concat(kept.Select(line => line + "\n")));
        }

        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (stream.Length == 0)
        {
            writer.Write(Header + "\n");
            writer.Flush();
        }

        return new SupervisedMetricsCsv(writer);
    }

    /// <summary>Appends one row; <paramref name="kind"/> is <c>train</c>, <c>valid</c> or <c>test</c>.</summary>
    public void Append(string kind, long iteration, long examples, double elapsedSeconds, double loss, double metric)
    {
        writer.Write(string.Create(
            CultureInfo.InvariantCulture, $"{kind},{iteration},{examples},{elapsedSeconds:R},{loss:R},{metric:R}\n"));
        writer.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();

    private static long IterationOf(string line)
    {
        var fields = line.Split(',');
        return fields.Length > 1 && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iteration)
            ? iteration
            : long.MaxValue;
    }
}
