using System.Globalization;
using System.Text;

namespace SamRL.Runner.Reports;

/// <summary>
/// The report of one group: <c>&lt;group&gt;.md</c> (the paper's numbers next to ours, the budget really used, seeds,
/// hardware, the ROM for Pong, the command of every row) and <c>&lt;group&gt;.png</c> (the learning curves).
/// </summary>
public static class GroupReport
{
    /// <summary>The regeneration command printed on every report page.</summary>
    public const string ReportCommand = "dotnet run -c Release --project Runner -- report";

    /// <summary>Writes the group's Markdown page and figure into <paramref name="resultsFolder"/>; returns how many experiments have runs.</summary>
    /// <exception cref="InvalidDataException">A collected file is malformed; the message names it.</exception>
    public static int Write(ExperimentGroup group, IReadOnlyList<ExperimentConfig> configs, string resultsFolder)
    {
        var runsFolder = Path.Combine(resultsFolder, "runs");
        var collected = configs.Select(config => (Config: config, Runs: CollectedRun.LoadAll(runsFolder, config))).ToArray();
        CurvePanelsPlot.Save(Path.Combine(resultsFolder, group.Name + ".png"), group.Title, Panels(group, collected));
        Runs.AtomicFile.WriteAllText(Path.Combine(resultsFolder, group.Name + ".md"), Markdown(group, collected));
        return collected.Count(item => item.Runs.Count > 0);
    }

    /// <summary>The Markdown page of the group.</summary>
    public static string Markdown(ExperimentGroup group, IReadOnlyList<(ExperimentConfig Config, IReadOnlyList<CollectedRun> Runs)> collected)
    {
        var runs = collected.SelectMany(item => item.Runs).ToArray();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {group.Title}\n\n{group.Reproduces}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- **Numbers:** {group.Value}.\n");
        text.Append(CultureInfo.InvariantCulture, $"- **Runs:** {collected.Count(item => item.Runs.Count > 0)} of {collected.Count} experiments have collected runs; a row without runs says \"not run\".\n");
        text.Append(CultureInfo.InvariantCulture, $"- **Budget:** {group.BudgetNote} The table's budget column is what the runs actually trained.\n");
        text.Append(CultureInfo.InvariantCulture, $"- **Hardware:** {Distinct(runs.Select(run => run.Hardware), runs.Length)}\n");
        if (collected.Count > 0 && collected[0].Config.Kind == ExperimentKind.Reinforcement)
        {
            text.Append(CultureInfo.InvariantCulture, $"- **ROM:** {Distinct(runs.Select(run => run.Reinforcement!.Rom), runs.Length)}\n");
        }

        text.Append("- **Seeds:** ours is the mean ± sample standard deviation (n − 1) over the seeds listed; one seed shows its value alone.\n\n");
        text.Append(ReportRow.Header);
        foreach (var (config, configRuns) in collected)
        {
            text.Append(ReportRow.Line(config, configRuns));
        }

        text.Append(CultureInfo.InvariantCulture, $"\n![{group.Title}: learning curves]({group.Name}.png)\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{CurveCaption(collected)}\n\n");
        AppendCommands(text, group, collected);
        return text.ToString();
    }

    private static void AppendCommands(StringBuilder text, ExperimentGroup group, IReadOnlyList<(ExperimentConfig Config, IReadOnlyList<CollectedRun> Runs)> collected)
    {
        text.Append("## Commands\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Rerun this group and regenerate its page: `Experiments/run-experiments.sh --only {group.Name}`. ");
        text.Append(CultureInfo.InvariantCulture, $"Regenerate every page from the collected runs alone: `{ReportCommand}`. ");
        text.Append("`SamRL.Runner` stands for `dotnet run -c Release --project Runner --`.\n\n");
        text.Append("| id | default seeds | command (default budget) | as run |\n|---|---|---|---|\n");
        foreach (var (config, runs) in collected)
        {
            var seeds = string.Join(", ", config.Seeds.Select(seed => seed.ToString(CultureInfo.InvariantCulture)));
            var asRun = runs.Count == 0 ? "—" : string.Join("<br>", runs.Select(run => run.Command is null ? $"seed {run.Seed}: not recorded" : $"`{run.Command}`"));
            text.Append(CultureInfo.InvariantCulture, $"| `{config.Id}` | {seeds} | `{RunPlan.DefaultCommand(config, "<seed>")}` | {asRun} |\n");
        }
    }

    private static string CurveCaption(IReadOnlyList<(ExperimentConfig Config, IReadOnlyList<CollectedRun> Runs)> collected) =>
        collected.Count > 0 && collected[0].Config.Kind == ExperimentKind.Reinforcement
            ? "Curves: the 100-game moving average of the greedy evaluation games' reward against games played, one panel per frame skip; line = mean over seeds, band = min–max over seeds (cut to the games every seed played)."
            : "Curves: the training metric (mean over each logging interval) against iterations, one panel per paper column; line = mean over seeds, band = min–max over seeds (cut to the iterations every seed reached).";

    private static IReadOnlyList<CurvePanel> Panels(ExperimentGroup group, IReadOnlyList<(ExperimentConfig Config, IReadOnlyList<CollectedRun> Runs)> collected)
    {
        var supervised = collected.Count > 0 && collected[0].Config.Kind == ExperimentKind.Supervised;
        var metric = collected.SelectMany(item => item.Runs).Select(run => run.Supervised?.Metric).FirstOrDefault(name => name is not null);
        var scale = metric is null ? 1 : MetricUnits.Scale(metric);
        var xLabel = supervised ? "iteration" : "games played (greedy evaluation episodes)";
        var yLabel = supervised ? $"training {(metric is null ? "metric" : MetricUnits.Describe(metric))}" : "100-game moving-average reward";
        var tooShort = supervised ? "no logging interval completed yet" : "no evaluation game yet";
        return group.Columns
            .Where(column => collected.Any(item => item.Config.Column == column))
            .Select(column =>
            {
                var run = collected.Where(item => item.Config.Column == column && item.Runs.Count > 0).ToArray();
                var series = run.Select(item => new CurveSeries(
                    item.Config.Row,
                    CurvePanelsPlot.Palette[IndexOf(group.Rows, item.Config.Row) % CurvePanelsPlot.Palette.Count],
                    CurveBand.Across(item.Runs.Select(seed => (IReadOnlyList<CurvePoint>)seed.Curve.Select(point => point with { Y = point.Y * scale }).ToArray()).ToArray())))
                    .ToArray();
                return new CurvePanel(column, xLabel, yLabel, series, run.Length == 0 ? "not run" : tooShort);
            })
            .ToArray();
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label) => labels.TakeWhile(candidate => candidate != label).Count();

    private static string Distinct(IEnumerable<string?> values, int runCount)
    {
        if (runCount == 0)
        {
            return "no run yet.";
        }

        var known = values.Where(value => value is not null).Distinct(StringComparer.Ordinal).ToArray();
        return known.Length == 0 ? "not recorded by the collected runs." : string.Join("; ", known) + ".";
    }
}
