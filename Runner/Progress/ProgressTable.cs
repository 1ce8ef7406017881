using Spectre.Console;
using Spectre.Console.Rendering;

namespace SamRL.Runner.Progress;

/// <summary>The live progress panel of a training run (Spectre.Console).</summary>
public static class ProgressTable
{
    /// <summary>Renders <paramref name="snapshot"/> under <paramref name="title"/>.</summary>
    public static IRenderable Render(string title, ProgressSnapshot snapshot)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn("frames");
        table.AddColumn("frames/s");
        table.AddColumn("episodes");
        table.AddColumn("avg reward (100)");
        table.AddColumn("best");
        table.AddColumn("elapsed");
        table.AddColumn("time left");
        table.AddRow(
            snapshot.Frames.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            ProgressSnapshot.Format(snapshot.FramesPerSecond, "N0"),
            $"{snapshot.TrainingEpisodes} (eval {snapshot.EvaluationEpisodes})",
            ProgressSnapshot.Format(snapshot.AverageReward, "0.00"),
            ProgressSnapshot.Format(snapshot.BestReward, "0.##"),
            ProgressSnapshot.FormatDuration(snapshot.Elapsed),
            snapshot.TimeLeft is { } left ? ProgressSnapshot.FormatDuration(left) : "-");
        return table;
    }
}
