using System.Globalization;

namespace SamRL.Runner.Reports;

/// <summary>
/// One line of a group's results table: the paper's row and column, the paper's number, ours (mean ± sample std
/// over the collected seeds), the seeds, the budget the runs actually used, and the paper's note.
/// An experiment without collected runs says <c>not run</c> instead of a number.
/// </summary>
public static class ReportRow
{
    /// <summary>The table's header and separator lines (the unit of the numbers is stated above the table).</summary>
    public const string Header =
        "| paper row | paper column | paper | ours | seeds | budget used (per seed) | paper's note |\n" +
        "|---|---|---|---|---|---|---|\n";

    /// <summary>The table line of <paramref name="config"/> given its collected <paramref name="runs"/>.</summary>
    public static string Line(ExperimentConfig config, IReadOnlyList<CollectedRun> runs)
    {
        var seeds = runs.Count == 0 ? "—" : string.Join(", ", runs.Select(run => run.Seed.ToString(CultureInfo.InvariantCulture)));
        var (ours, budget) = runs.Count == 0
            ? ("not run", "—")
            : config.Kind == ExperimentKind.Supervised ? Supervised(config, runs) : Reinforcement(runs);
        var cells = new[] { config.Row, config.Column, Paper(config), ours, seeds, budget, config.PaperNote ?? string.Empty };
        return "| " + string.Join(" | ", cells.Select(Escape)) + " |\n";
    }

    private static string Paper(ExperimentConfig config)
    {
        var text = config.Paper is { } value ? value.ToString("0.##", CultureInfo.InvariantCulture) : "—";
        foreach (var extra in config.Extras.Where(extra => extra.Paper is not null))
        {
            text += string.Create(CultureInfo.InvariantCulture, $" ({extra.Label} {extra.Paper:0.##})");
        }

        return text;
    }

    private static (string Ours, string Budget) Supervised(ExperimentConfig config, IReadOnlyList<CollectedRun> runs)
    {
        var results = runs.Select(run => run.Supervised!).ToArray();
        var scale = MetricUnits.Scale(results[0].Metric);
        string ours;
        if (results.All(result => result.Test is not null))
        {
            ours = SeedStatistics.Format(results.Select(result => result.Test!.Value * scale).ToArray(), "0.00");
        }
        else if (results.All(result => (result.Test ?? result.BestValid) is not null))
        {
            ours = SeedStatistics.Format(results.Select(result => (result.Test ?? result.BestValid)!.Value * scale).ToArray(), "0.00") +
                " (best validation: a run stopped before its test)";
        }
        else
        {
            ours = "no evaluation yet";
        }

        foreach (var extra in config.Extras)
        {
            var values = results.Select(result => result.Extra.TryGetValue(extra.Name, out var value) ? value : (double?)null).ToArray();
            ours += values.All(value => value is not null)
                ? $" ({extra.Label} {SeedStatistics.Format(values.Select(value => value!.Value).ToArray(), "0.##")})"
                : $" ({extra.Label} not recorded)";
        }

        var budget = string.Create(CultureInfo.InvariantCulture,
            $"{Count(results.Average(result => (double)result.Iterations), "iteration")}, {results.Average(result => result.Minutes):0.0} min");
        return (ours, runs.Count > 1 ? budget + " (mean)" : budget);
    }

    private static (string Ours, string Budget) Reinforcement(IReadOnlyList<CollectedRun> runs)
    {
        var played = runs.Where(run => run.Curve.Count > 0).ToArray();
        var ours = played.Length == 0
            ? "no game played yet"
            : SeedStatistics.Format(played.Select(run => run.Curve[^1].Y).ToArray(), "0.00") +
              (played.Length < runs.Count ? $" ({runs.Count - played.Length} seed(s) without a game)" : string.Empty);
        var games = runs.Select(run => (double)run.Reinforcement!.Rewards.Count).ToArray();
        var budget = string.Create(CultureInfo.InvariantCulture,
            $"{Count(runs.Average(run => (double)run.Reinforcement!.Frames), "frame")}, {Count(games.Average(), "game")}, {runs.Average(run => run.Reinforcement!.Minutes):0.0} min");
        return (ours, runs.Count > 1 ? budget + " (mean)" : budget);
    }

    private static string Count(double mean, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{mean:N0} {noun}{(Math.Round(mean) == 1 ? "" : "s")}");

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
