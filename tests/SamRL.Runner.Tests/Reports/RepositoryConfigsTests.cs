using System.Runtime.CompilerServices;
using SamRL.Runner.Reports;

namespace SamRL.Runner.Tests.Reports;

public class RepositoryConfigsTests
{
    [Fact]
    public void Every_config_in_Experiments_configs_parses()
    {
        var catalog = ExperimentCatalog.Load(ConfigsFolder());

        // Table 1: 2 lengths × 4 STM variants + STM d=96 at L=30 with the paper's batch and lr, n_q = 1 and 2;
        // Table 2: 3 query counts on the paper's task, 3 and the LSTM on the scaled one; Fig. 2: copy × 3 models + 2 tasks × 2; Table 3: 6 columns × 2 models; Table 4: 1;
        // Fig. 3: 4 frame skips × 2 models.
        Assert.Equal(
            new Dictionary<string, int> { ["fig2"] = 7, ["fig3"] = 8, ["table1"] = 10, ["table2"] = 7, ["table3"] = 12, ["table4"] = 1 },
            catalog.Groups.ToDictionary(group => group.Group.Name, group => group.Configs.Count));
        Assert.All(catalog.Groups.Single(group => group.Group.Name == "fig3").Configs, config => Assert.True(config.Seeds.Count >= 3));
    }

    [Fact]
    public void The_paper_numbers_are_those_of_its_tables()
    {
        var configs = ExperimentCatalog.Load(ConfigsFolder()).Configs.ToDictionary(config => config.Id);

        // SAM_STM_REFERENCE §6: Table 1 (A. at L=50), Table 2, Table 3 (STM row) and Table 4.
        Assert.Equal(20, configs["ar50-stm-d96-no-gates"].Paper);
        Assert.Equal(100, configs["ar50-stm-d96"].Paper);
        Assert.Equal(95, configs["nfar-stm-nq4"].Paper);
        Assert.Equal(94.77, configs["mst-stm"].Paper);
        Assert.Equal(3.03, Assert.Single(configs["tsp10-stm"].Extras, extra => extra.Name == "tourLength").Paper);
        Assert.Null(Assert.Single(configs["tsp10-stm"].Extras, extra => extra.Name == "validTours").Paper);
        Assert.Equal(0.39, configs["babi-stm"].Paper);
        Assert.Null(configs["pong-fs32-stm"].Paper);
    }

    [Fact]
    public void The_plan_of_every_config_has_seed_and_budget_options()
    {
        var catalog = ExperimentCatalog.Load(ConfigsFolder());

        var runs = RunPlan.Make(catalog, [], null, null, name => name == "SAMRL_BABI_DATA" ? "/data/en-valid-10k" : null);

        Assert.Equal(catalog.Configs.Sum(config => config.Seeds.Count), runs.Count);
        Assert.All(runs, run => Assert.Contains("--seed", run.Arguments));
        Assert.All(runs, run => Assert.Contains("--max-minutes", run.Arguments));
        Assert.Contains(runs, run => run.Arguments.SequenceEqual(["babi", "--data", "/data/en-valid-10k", "--max-minutes", "60", "--seed", "1"]));
    }

    [Fact]
    public void Every_planned_command_is_valid_Runner_syntax()
    {
        // The script appends --run-dir; a misspelt option or a command the Runner lacks fails here, not hours into a run.
        var catalog = ExperimentCatalog.Load(ConfigsFolder());
        var runs = RunPlan.Make(catalog, [], null, null, _ => "/data/babi");

        Assert.All(runs, run =>
        {
            var parse = CommandLine.Build().Parse([.. run.Arguments, "--run-dir", "/tmp/runs"]);
            Assert.True(parse.Errors.Count == 0, $"{run.Config.Id}: {string.Join("; ", parse.Errors.Select(error => error.Message))}");
            var expected = run.Arguments[0] is "task" or "babi" ? run.Arguments[0] : parse.RootCommandResult.Command.Name; // A3C games train from the root
            Assert.Equal(expected, parse.CommandResult.Command.Name);
        });
    }

    private static string ConfigsFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "Experiments", "configs"));
}
