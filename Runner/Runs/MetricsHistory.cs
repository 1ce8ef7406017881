using System.Globalization;

namespace SamRL.Runner.Runs;

/// <summary>
/// Reads a run's <c>metrics.csv</c> back on resume. The run continues from its last checkpoint, so the rows
/// logged after the last <c>checkpoint</c> row (and a half-written last line) are removed: they would otherwise
/// appear twice once the resumed run logs that stretch again.
/// </summary>
public static class MetricsHistory
{
    private const int FieldCount = 11;

    /// <summary>
    /// Rewrites <paramref name="path"/> up to its last checkpoint row and returns that checkpoint's frames and the
    /// evaluation episodes before it. A missing file is an empty history at frame 0.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a metrics file; it names the file and line.</exception>
    public static ResumedMetrics TruncateToLastCheckpoint(string path)
    {
        if (!File.Exists(path))
        {
            return ResumedMetrics.None;
        }

        var lines = File.ReadAllText(path).Split('\n');
        if (lines[0] != MetricsCsv.Header)
        {
            throw new InvalidDataException($"{path}: line 1 is not the metrics.csv header \"{MetricsCsv.Header}\".");
        }

        // The last element is the text after the final newline: empty, or a row cut off by a kill.
        var rows = lines[1..^1];
        var lastCheckpoint = Array.FindLastIndex(rows, row => row.StartsWith("checkpoint,", StringComparison.Ordinal));
        var kept = rows[..(lastCheckpoint + 1)];
        var evaluations = new List<EvaluationPoint>();
        var later = new List<LoggedEvaluation>();
        long frames = 0;
        for (var index = 0; index < rows.Length; index++)
        {
            var fields = rows[index].Split(',');
            var lineNumber = index + 2;
            if (fields.Length != FieldCount)
            {
                throw new InvalidDataException($"{path}: line {lineNumber} has {fields.Length} fields; expected {FieldCount}.");
            }

            var rowFrames = ParseLong(fields[2], path, lineNumber);
            if (index <= lastCheckpoint)
            {
                frames = rowFrames;
            }

            if (fields[0] == "evaluation")
            {
                var point = new EvaluationPoint(
                    ParseLong(fields[8], path, lineNumber), ParseDouble(fields[9], path, lineNumber), ParseDouble(fields[10], path, lineNumber));
                if (index <= lastCheckpoint)
                {
                    evaluations.Add(point);
                }
                else
                {
                    later.Add(new LoggedEvaluation(point, rows[index], rowFrames));
                }
            }
        }

        AtomicFile.WriteAllText(path, string.Concat(kept.Prepend(MetricsCsv.Header).Select(row => row + "\n")));
        return new ResumedMetrics(frames, evaluations, later);
    }

    private static long ParseLong(string field, string path, int line) =>
        long.TryParse(field, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{path}: line {line} has \"{field}\" where an integer was expected.");

    private static double ParseDouble(string field, string path, int line) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{path}: line {line} has \"{field}\" where a number was expected.");
}
