using SamRL.Runner.Cli;
using SamRL.Runner.Reports;
using SamRL.Runner.Tests.Cli;

namespace SamRL.Runner.Tests.Reports;

public class RunPlanTests
{
    [Fact]
    public void Plan_prints_id_seed_and_arguments_separated_by_tabs()
    {
        using var fixture = Fixture();

        var (exit, output, _) = InProcessRunner.Run("report", "plan", "--configs", fixture.Configs, "--only", "copy-stm");

        Assert.Equal(0, exit);
        Assert.Equal(
            "copy-stm\t1\ttask\tcopy\t--model\tstm\t--max-minutes\t20\t--max-iterations\t5000\t--seed\t1\n" +
            "copy-stm\t2\ttask\tcopy\t--model\tstm\t--max-minutes\t20\t--max-iterations\t5000\t--seed\t2\n",
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Budget_minutes_and_seeds_replace_the_configs()
    {
        using var fixture = Fixture();
        var catalog = ExperimentCatalog.Load(fixture.Configs);

        var runs = RunPlan.Make(catalog, ["table9"], 1.5, [7], _ => null);

        Assert.Equal(["task", "copy", "--model", "stm", "--max-minutes", "1.5", "--seed", "7"], Assert.Single(runs).Arguments);
    }

    [Fact]
    public void An_unknown_name_and_an_unset_variable_are_bad_input()
    {
        using var fixture = Fixture();
        var path = fixture.Config("table9", "babi", """
            { "id": "babi", "group": "table9", "row": "LSTM", "column": "Copy", "paper": 0.39,
              "runner": ["babi", "--data", "${SAMRL_TEST_UNSET_DATA}"], "budget": { "maxMinutes": 60 }, "seeds": [1] }
            """);
        var catalog = ExperimentCatalog.Load(fixture.Configs);

        var unknown = Assert.Throws<UserInputException>(() => RunPlan.Make(catalog, ["table8"], null, null, _ => null));
        var unset = Assert.Throws<UserInputException>(() => RunPlan.Make(catalog, ["babi"], null, null, _ => null));
        var set = RunPlan.Make(catalog, ["babi"], null, null, name => name == "SAMRL_TEST_UNSET_DATA" ? "/d" : null);

        Assert.Contains("\"table8\"", unknown.Message);
        Assert.Contains($"{path}: field \"runner[2]\" uses ${{SAMRL_TEST_UNSET_DATA}}", unset.Message);
        Assert.Equal(["babi", "--data", "/d", "--max-minutes", "60", "--seed", "1"], Assert.Single(set).Arguments);
    }

    [Theory]
    [InlineData("--seeds", "1,x")]
    [InlineData("--seeds", "2,2")]
    [InlineData("--budget-minutes", "0")]
    public void Bad_plan_options_are_bad_input(string option, string value)
    {
        using var fixture = Fixture();

        var (exit, _, error) = InProcessRunner.Run("report", "plan", "--configs", fixture.Configs, option, value);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(option, error);
    }

    private static ExperimentFixture Fixture()
    {
        var fixture = new ExperimentFixture();
        fixture.Group("table9", "test accuracy %", ["STM", "LSTM"], ["Copy"]);
        fixture.Config("table9", "copy-stm", ExperimentFixture.SupervisedConfig("table9", "copy-stm", "STM", "Copy", "96.85"));
        return fixture;
    }
}
