using System.Globalization;

namespace SamRL.Runner.Reports;

/// <summary>
/// Reads the <c>metrics.csv</c> of a <c>task</c> or <c>babi</c> run (<c>kind,iteration,examples,elapsed_seconds,loss,metric</c>)
/// and returns its training curve: the metric averaged over each logging interval, against the iteration.
/// </summary>
public static class SupervisedMetrics
{
    /// <summary>The header of the file, as the run-folder contract fixes it.</summary>
    public const string Header = "kind,iteration,examples,elapsed_seconds,loss,metric";

    /// <summary>The <c>train</c> rows of <paramref name="path"/> with a finite metric as (iteration, metric) points, in file order.</summary>
    /// <exception cref="InvalidDataException">The file is not such a metrics file; the message names the file and line.</exception>
    public static IReadOnlyList<CurvePoint> TrainingCurve(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header)
        {
            throw new InvalidDataException($"{path}: line 1 is not the header \"{Header}\" of a task or babi run's metrics.csv.");
        }

        var points = new List<CurvePoint>();
        for (var index = 1; index < lines.Length; index++)
        {
            if (lines[index].Length == 0)
            {
                continue;
            }

            var fields = lines[index].Split(',');
            if (fields.Length != 6)
            {
                throw new InvalidDataException($"{path}: line {index + 1} has {fields.Length} fields; expected 6.");
            }

            // A diverged interval logs NaN; it has no place on a plot (the table still reports the run's test value).
            if (fields[0] == "train" && Number(fields[5], path, index) is var metric && double.IsFinite(metric))
            {
                points.Add(new CurvePoint(Number(fields[1], path, index), metric));
            }
        }

        return points;
    }

    private static double Number(string field, string path, int index) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{path}: line {index + 1} has \"{field}\" where a number was expected.");
}
