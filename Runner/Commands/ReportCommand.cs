using System.CommandLine;
using System.Globalization;
using SamRL.Runner.Cli;
using SamRL.Runner.Reports;

namespace SamRL.Runner.Commands;

/// <summary>
/// <c>report</c>: writes <c>Experiments/results/&lt;group&gt;.md</c>, <c>&lt;group&gt;.png</c> and the index <c>README.md</c>
/// from the experiment configs and the collected runs. <c>report plan</c>: prints the runs the experiment script
/// executes, one per line: id, seed and the Runner arguments, separated by tabs.
/// </summary>
public static class ReportCommand
{
    /// <summary>Builds the <c>report</c> command with its <c>plan</c> subcommand.</summary>
    public static Command Create()
    {
        var configs = ConfigsOption();
        var results = new Option<string>("--results")
        {
            Description = "Results folder: collected runs are read from <results>/runs/<id>/<seed>/, the pages written to <results>. Default Experiments/results.",
            DefaultValueFactory = _ => "Experiments/results",
            HelpName = "folder",
        };
        var command = new Command("report", "Write the results pages (the paper's numbers next to ours) and learning-curve PNGs from the collected runs.")
        {
            configs, results,
        };
        command.SetAction(parse => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
        {
            var catalog = ExperimentCatalog.Load(parse.GetValue(configs)!);
            var written = ReportWriter.Write(catalog, parse.GetValue(results)!);
            parse.InvocationConfiguration.Output.WriteLine($"wrote {written.Count} files to {Path.GetFullPath(parse.GetValue(results)!)}");
            return ExitCodes.Success;
        }));
        command.Subcommands.Add(CreatePlan());
        return command;
    }

    private static Command CreatePlan()
    {
        var configs = ConfigsOption();
        var only = new Option<string[]>("--only")
        {
            Description = "Groups (e.g. table1) or experiment ids to run. Default: every experiment.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "group|id",
        };
        var budget = new Option<double?>("--budget-minutes")
        {
            Description = "Replace each experiment's budget by this many minutes per seed. Default: the config's budget.",
            HelpName = "minutes",
        };
        var seeds = new Option<string>("--seeds") { Description = "Comma-separated seeds replacing each config's. Default: the config's seeds.", HelpName = "1,2" };
        var command = new Command("plan", "Print the runs of the chosen experiments: id<TAB>seed<TAB>Runner arguments (tab-separated), one per line.")
        {
            configs, only, budget, seeds,
        };
        command.SetAction(parse => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
        {
            var minutes = parse.GetValue(budget);
            if (minutes is { } value && !(value > 0 && double.IsFinite(value)))
            {
                throw new UserInputException($"--budget-minutes is {value.ToString(CultureInfo.InvariantCulture)}; expected a positive number of minutes.");
            }

            var catalog = ExperimentCatalog.Load(parse.GetValue(configs)!);
            var runs = RunPlan.Make(catalog, parse.GetValue(only) ?? [], minutes, ParseSeeds(parse.GetValue(seeds)), Environment.GetEnvironmentVariable);
            var output = parse.InvocationConfiguration.Output;
            foreach (var run in runs)
            {
                output.WriteLine(string.Join('\t', [run.Config.Id, run.Seed.ToString(CultureInfo.InvariantCulture), .. run.Arguments]));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Option<string> ConfigsOption() => new("--configs")
    {
        Description = "Folder of the experiment configs (one sub-folder per group). Default Experiments/configs.",
        DefaultValueFactory = _ => "Experiments/configs",
        HelpName = "folder",
    };

    private static IReadOnlyList<ulong>? ParseSeeds(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var seeds = text.Split(',').Select(part =>
            ulong.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) && seed > 0
                ? seed
                : throw new UserInputException($"--seeds is \"{text}\"; expected positive integers separated by commas, e.g. 1,2,3.")).ToArray();
        return seeds.Distinct().Count() == seeds.Length ? seeds : throw new UserInputException($"--seeds is \"{text}\"; a seed is repeated.");
    }
}
