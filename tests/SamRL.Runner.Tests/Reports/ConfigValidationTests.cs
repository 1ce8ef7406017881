using SamRL.Runner.Cli;
using SamRL.Runner.Reports;
using SamRL.Runner.Tests.Cli;

namespace SamRL.Runner.Tests.Reports;

public class ConfigValidationTests
{
    [Theory]
    [InlineData("\"seeds\": [1, 2]", "\"seeds\": [0]", "\"seeds[0]\"", "positive integer")]
    [InlineData("\"seeds\": [1, 2]", "\"seeds\": [1, 1]", "\"seeds\"", "repeat")]
    [InlineData("\"row\": \"STM\"", "\"row\": \"NTM\"", "\"row\"", "one of the rows")]
    [InlineData("\"column\": \"Copy\"", "\"column\": \"Sort\"", "\"column\"", "one of the columns")]
    [InlineData("\"id\": \"copy-stm\"", "\"id\": \"copy\"", "\"id\"", "file name")]
    [InlineData("\"paper\": 96.85", "\"paper\": \"high\"", "\"paper\"", "number or null")]
    [InlineData("\"maxMinutes\": 20, \"maxIterations\": 5000", "\"maxMinutes\": -1", "\"budget.maxMinutes\"", "positive")]
    [InlineData("\"maxMinutes\": 20, \"maxIterations\": 5000", "\"maxFrames\": 1000", "\"budget.maxFrames\"", "A3C runs only")]
    [InlineData("\"maxMinutes\": 20, \"maxIterations\": 5000", "", "\"budget.maxMinutes\"", "is missing")]
    [InlineData("\"--model\", \"stm\"", "\"--seed\", \"3\"", "\"runner[2]\"", "seeds and budget")]
    [InlineData("\"--model\", \"stm\"", "\"--model stm\"", "\"runner[2]\"", "white space")]
    [InlineData("\"seeds\": [1, 2]", "\"seeds\": [1, 2], \"sedes\": [3]", "\"sedes\"", "not a known field")]
    public void A_malformed_config_is_reported_with_its_file_and_field(string valid, string broken, string field, string expectation)
    {
        using var fixture = new ExperimentFixture();
        fixture.Group("table9", "test accuracy %", ["STM"], ["Copy"]);
        var text = ExperimentFixture.SupervisedConfig("table9", "copy-stm", "STM", "Copy", "96.85");
        Assert.Contains(valid, text);
        var path = fixture.Config("table9", "copy-stm", text.Replace(valid, broken, StringComparison.Ordinal));

        var exception = Assert.Throws<UserInputException>(() => ExperimentCatalog.Load(fixture.Configs));

        Assert.Contains(path, exception.Message);
        Assert.Contains(field, exception.Message);
        Assert.Contains(expectation, exception.Message);
    }

    [Fact]
    public void The_command_prints_one_line_naming_the_file_and_exits_with_bad_input()
    {
        using var fixture = new ExperimentFixture();
        fixture.Group("table9", "test accuracy %", ["STM"], ["Copy"]);
        var path = fixture.Config("table9", "copy-stm", ExperimentFixture.SupervisedConfig("table9", "copy-stm", "STM", "Copy", "96.85").Replace("\"runner\"", "\"runnr\"", StringComparison.Ordinal));

        var (exit, output, error) = InProcessRunner.Run("report", "--configs", fixture.Configs, "--results", fixture.Results);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {path}: field \"runnr\"", line);
        Assert.False(Directory.Exists(fixture.Results));
    }

    [Fact]
    public void A_group_folder_without_group_json_is_named()
    {
        using var fixture = new ExperimentFixture();
        Directory.CreateDirectory(Path.Combine(fixture.Configs, "table9"));

        var exception = Assert.Throws<UserInputException>(() => ExperimentCatalog.Load(fixture.Configs));

        Assert.Contains(Path.Combine(fixture.Configs, "table9"), exception.Message);
        Assert.Contains("group.json", exception.Message);
    }

    [Fact]
    public void Two_configs_of_the_same_cell_are_refused()
    {
        using var fixture = new ExperimentFixture();
        fixture.Group("table9", "test accuracy %", ["STM"], ["Copy"]);
        fixture.Config("table9", "a", ExperimentFixture.SupervisedConfig("table9", "a", "STM", "Copy", "1"));
        var second = fixture.Config("table9", "b", ExperimentFixture.SupervisedConfig("table9", "b", "STM", "Copy", "1"));

        var exception = Assert.Throws<UserInputException>(() => ExperimentCatalog.Load(fixture.Configs));

        Assert.StartsWith($"{second}: fields \"row\" and \"column\"", exception.Message);
    }
}
