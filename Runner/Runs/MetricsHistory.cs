using System.Globalization;

namespace SamRL.Runner.Runs;

/// <summary>
/// Reads a run's <c>metrics.csv</c> back on resume: keeps the complete rows logged up to the checkpoint the run
/// continues from, and rewrites the file without the rows past it (logged after the checkpoint, they would
/// otherwise appear twice) and without a half-written last line.
/// </summary>
public static class MetricsHistory
{
    /// <summary>
    /// Rewrites <paramref name="path"/> to its rows with <c>frames ≤ <paramref name="checkpointFrames"/></c> and
    /// returns the evaluation episodes among them, in order.
    /// </summary>
    /// <exception cref="InvalidDataException">The file does not start with <see cref="MetricsCsv.Header"/>.</exception>
    public static IReadOnlyList<EvaluationPoint> TruncateTo(string path, long checkpointFrames)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var text = File.ReadAllText(path);
        var lines = text.Split('\n');
        if (lines[0] != MetricsCsv.Header)
        {
            throw new InvalidDataException($"{path}: line 1 is not the metrics.csv header \"{MetricsCsv.Header}\".");
        }

        var kept = new List<string> { MetricsCsv.Header };
        var evaluations = new List<EvaluationPoint>();
        // The last element is the text after the final newline: empty, or a row cut off by a kill.
        for (var index = 1; index < lines.Length - 1; index++)
        {
            var fields = lines[index].Split(',');
            if (fields.Length != 11 || !long.TryParse(fields[2], CultureInfo.InvariantCulture, out var frames))
            {
                throw new InvalidDataException($"{path}: line {index + 1} is not a metrics row of 11 fields.");
            }

            if (frames > checkpointFrames)
            {
                continue;
            }

            kept.Add(lines[index]);
            if (fields[0] == "evaluation")
            {
                evaluations.Add(new EvaluationPoint(
                    long.Parse(fields[8], CultureInfo.InvariantCulture),
                    double.Parse(fields[9], CultureInfo.InvariantCulture),
                    double.Parse(fields[10], CultureInfo.InvariantCulture)));
            }
        }

        AtomicFile.WriteAllText(path, string.Join('\n', kept) + "\n");
        return evaluations;
    }
}
