using System.Globalization;
using SamRL.Runner.Progress;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SamRL.Runner.Supervised;

/// <summary>What the progress display shows about a supervised run at one moment.</summary>
/// <param name="Iteration">Iterations done.</param>
/// <param name="MaxIterations">Iterations the run trains for.</param>
/// <param name="IterationsPerSecond">Speed over the last logging interval; NaN before the first.</param>
/// <param name="Loss">Training loss of the last interval; NaN before the first.</param>
/// <param name="Metric">Training metric of the last interval; NaN before the first.</param>
/// <param name="BestValid">Best validation metric; NaN before the first validation.</param>
/// <param name="Elapsed">Training time (resumed sessions included).</param>
/// <param name="TimeLeft">Estimated time to the nearest limit, or null when unknown.</param>
public sealed record TaskProgress(
    long Iteration, long MaxIterations, double IterationsPerSecond, double Loss, double Metric, double BestValid, TimeSpan Elapsed, TimeSpan? TimeLeft)
{
    /// <summary>The snapshot as one log line (redirected output and CI).</summary>
    public string ToLogLine(string metricName) =>
        $"iteration {Iteration.ToString("N0", CultureInfo.InvariantCulture)}/{MaxIterations.ToString("N0", CultureInfo.InvariantCulture)} | " +
        $"{ProgressSnapshot.Format(IterationsPerSecond, "0.00")} it/s | loss {ProgressSnapshot.Format(Loss, "0.0000")} | " +
        $"{metricName} {ProgressSnapshot.Format(Metric, "0.####")} | best valid {ProgressSnapshot.Format(BestValid, "0.####")} | " +
        $"elapsed {ProgressSnapshot.FormatDuration(Elapsed)} | left {(TimeLeft is { } left ? ProgressSnapshot.FormatDuration(left) : "-")}";

    /// <summary>The live panel (Spectre.Console) under <paramref name="title"/>.</summary>
    public IRenderable Render(string title, string metricName)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        foreach (var column in new[] { "iteration", "it/s", "train loss", $"train {metricName}", "best valid", "elapsed", "time left" })
        {
            table.AddColumn(Markup.Escape(column));
        }

        table.AddRow(
            $"{Iteration.ToString("N0", CultureInfo.InvariantCulture)} / {MaxIterations.ToString("N0", CultureInfo.InvariantCulture)}",
            ProgressSnapshot.Format(IterationsPerSecond, "0.00"),
            ProgressSnapshot.Format(Loss, "0.0000"),
            ProgressSnapshot.Format(Metric, "0.####"),
            ProgressSnapshot.Format(BestValid, "0.####"),
            ProgressSnapshot.FormatDuration(Elapsed),
            TimeLeft is { } left ? ProgressSnapshot.FormatDuration(left) : "-");
        return table;
    }
}
