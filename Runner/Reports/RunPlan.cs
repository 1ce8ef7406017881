using System.Globalization;
using System.Text.RegularExpressions;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Reports;

/// <summary>One run of the experiment script: an experiment, a seed, and the full Runner command line.</summary>
/// <param name="Config">The experiment.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Arguments">The Runner arguments: the config's, then the budget, then <c>--seed</c>.</param>
public sealed record PlannedRun(ExperimentConfig Config, ulong Seed, IReadOnlyList<string> Arguments);

/// <summary>
/// Turns the chosen experiments into the runs the experiment script executes: the config's Runner arguments with
/// <c>${NAME}</c> environment references filled in, its budget (or the script's <c>--budget-minutes</c>), and one
/// run per seed (the config's, or the script's <c>--seeds</c>).
/// </summary>
public static partial class RunPlan
{
    /// <summary>The runs of the experiments named by <paramref name="only"/> (groups or ids; all when empty).</summary>
    /// <exception cref="UserInputException">A name matches nothing, or an argument refers to an unset environment variable.</exception>
    public static IReadOnlyList<PlannedRun> Make(
        ExperimentCatalog catalog, IReadOnlyList<string> only, double? budgetMinutes, IReadOnlyList<ulong>? seeds,
        Func<string, string?> environment)
    {
        foreach (var name in only)
        {
            if (!catalog.Configs.Any(config => config.Group == name || config.Id == name))
            {
                throw new UserInputException(
                    $"--only: \"{name}\" is neither a group nor an experiment id; groups: {string.Join(", ", catalog.Groups.Select(group => group.Group.Name))}.");
            }
        }

        var budgetOverride = budgetMinutes is { } minutes ? new ExperimentBudget(minutes, null, null) : null;
        return catalog.Configs
            .Where(config => only.Count == 0 || only.Contains(config.Group) || only.Contains(config.Id))
            .SelectMany(config => (seeds ?? config.Seeds).Select(seed => new PlannedRun(
                config,
                seed,
                [.. Expand(config, environment), .. (budgetOverride ?? config.Budget).ToArguments(), "--seed", seed.ToString(CultureInfo.InvariantCulture)])))
            .ToArray();
    }

    /// <summary>The command line of <paramref name="config"/> with its default budget, as the report documents it.</summary>
    public static string DefaultCommand(ExperimentConfig config, string seed) =>
        string.Join(' ', ["SamRL.Runner", .. config.Runner, .. config.Budget.ToArguments(), "--seed", seed]);

    private static IEnumerable<string> Expand(ExperimentConfig config, Func<string, string?> environment) =>
        config.Runner.Select((argument, index) => Reference().Replace(argument, match =>
        {
            var name = match.Groups[1].Value;
            var value = environment(name);
            return string.IsNullOrEmpty(value)
                ? throw new UserInputException(
                    $"{config.File}: field \"runner[{index}]\" uses ${{{name}}}, which is not set; export {name}=... before running {config.Id}.")
                : value;
        }));

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Reference();
}
