using SamRL.Runner.Reports;
using SamRL.Runner.Tests.Cli;

namespace SamRL.Runner.Tests.Reports;

public class ReportTableTests
{
    [Fact]
    public void Table_puts_mean_and_sample_std_over_seeds_next_to_the_paper()
    {
        using var fixture = new ExperimentFixture();
        fixture.Group("table9", "test accuracy %", ["STM", "LSTM"], ["Copy"]);
        fixture.Config("table9", "copy-stm", ExperimentFixture.SupervisedConfig("table9", "copy-stm", "STM", "Copy", "96.85"));
        fixture.SupervisedRun("copy-stm", 1, test: 0.90, iterations: 1000, minutes: 10, train: [(200, 0.5), (400, 0.7)]);
        fixture.SupervisedRun("copy-stm", 2, test: 0.96, iterations: 1200, minutes: 12, train: [(200, 0.6), (400, 0.8)]);

        var (exit, _, error) = InProcessRunner.Run("report", "--configs", fixture.Configs, "--results", fixture.Results);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        // Test accuracies 90 % and 96 %: mean 93; sample std sqrt((3² + 3²) / (2 − 1)) = 4.2426.
        // Iterations 1000 and 1200 average to 1,100; minutes 10 and 12 to 11.0.
        var expected =
            "| paper row | paper column | paper | ours | seeds | budget used (per seed) | paper's note |\n" +
            "|---|---|---|---|---|---|---|\n" +
            "| STM | Copy | 96.85 | 93.00 ± 4.24 | 1, 2 | 1,100 iterations, 11.0 min (mean) | note of copy-stm |\n";
        var page = File.ReadAllText(Path.Combine(fixture.Results, "table9.md"));
        Assert.Contains("- **Numbers:** test accuracy %.\n", page);
        Assert.Contains(expected, page);
    }

    [Fact]
    public void One_seed_shows_its_value_alone_and_extras_follow_in_parentheses()
    {
        using var fixture = new ExperimentFixture();
        fixture.Group("table9", "test step accuracy %", ["STM"], ["TSP N=5"]);
        const string Extras = """, "extras": [{ "name": "tourLength", "label": "tour length", "paper": 2.05 }]""";
        fixture.Config("table9", "tsp5-stm", ExperimentFixture.SupervisedConfig("table9", "tsp5-stm", "STM", "TSP N=5", "73.96", Extras));
        fixture.SupervisedRun("tsp5-stm", 3, test: 0.7125, iterations: 800, minutes: 20, train: [(200, 0.5)], extra: """{ "tourLength": 2.125 }""");

        var (exit, _, _) = InProcessRunner.Run("report", "--configs", fixture.Configs, "--results", fixture.Results);

        Assert.Equal(0, exit);
        Assert.Contains(
            "| STM | TSP N=5 | 73.96 (tour length 2.05) | 71.25 (tour length 2.13) | 3 | 800 iterations, 20.0 min | note of tsp5-stm |\n",
            File.ReadAllText(Path.Combine(fixture.Results, "table9.md")));
    }

    [Fact]
    public void A_run_stopped_before_its_first_logging_interval_still_reports_its_test()
    {
        using var fixture = new ExperimentFixture();
        fixture.Group("table9", "test accuracy %", ["STM"], ["Copy"]);
        fixture.Config("table9", "copy-stm", ExperimentFixture.SupervisedConfig("table9", "copy-stm", "STM", "Copy", "96.85"));
        fixture.SupervisedRun("copy-stm", 1, test: 0.125, iterations: 1, minutes: 2, train: []);

        var (exit, _, _) = InProcessRunner.Run("report", "--configs", fixture.Configs, "--results", fixture.Results);

        Assert.Equal(0, exit);
        Assert.Contains("| STM | Copy | 96.85 | 12.50 | 1 | 1 iteration, 2.0 min | note of copy-stm |\n", File.ReadAllText(Path.Combine(fixture.Results, "table9.md")));
        Assert.True(File.Exists(Path.Combine(fixture.Results, "table9.png")));
    }

    [Fact]
    public void An_experiment_without_collected_runs_says_not_run()
    {
        using var fixture = new ExperimentFixture();
        fixture.Group("table9", "test accuracy %", ["STM", "LSTM"], ["Copy"]);
        fixture.Config("table9", "copy-lstm", ExperimentFixture.SupervisedConfig("table9", "copy-lstm", "LSTM", "Copy", "null"));

        var (exit, _, _) = InProcessRunner.Run("report", "--configs", fixture.Configs, "--results", fixture.Results);

        Assert.Equal(0, exit);
        var page = File.ReadAllText(Path.Combine(fixture.Results, "table9.md"));
        Assert.Contains("| LSTM | Copy | — | not run | — | — | note of copy-lstm |\n", page);
        Assert.Contains("**Hardware:** no run yet.", page);
        Assert.Contains("| table9 | Title of table9 | 0 of 1 | [table9.md](table9.md) | [table9.png](table9.png) |", File.ReadAllText(Path.Combine(fixture.Results, "README.md")));
    }

    [Fact]
    public void Rows_follow_the_paper_order_of_the_group_not_the_file_names()
    {
        using var fixture = new ExperimentFixture();
        fixture.Group("table9", "test accuracy %", ["STM", "LSTM"], ["L=30", "L=50"]);
        fixture.Config("table9", "a", ExperimentFixture.SupervisedConfig("table9", "a", "LSTM", "L=50", "1"));
        fixture.Config("table9", "b", ExperimentFixture.SupervisedConfig("table9", "b", "STM", "L=50", "2"));
        fixture.Config("table9", "c", ExperimentFixture.SupervisedConfig("table9", "c", "LSTM", "L=30", "3"));
        fixture.Config("table9", "d", ExperimentFixture.SupervisedConfig("table9", "d", "STM", "L=30", "4"));

        var catalog = ExperimentCatalog.Load(fixture.Configs);

        Assert.Equal(["d", "c", "b", "a"], catalog.Configs.Select(config => config.Id));
    }

    [Fact]
    public void Pong_page_names_the_rom_and_reports_the_final_moving_average()
    {
        using var fixture = new ExperimentFixture();
        fixture.Group("fig3", "final 100-game moving-average reward", ["LSTM", "STM"], ["frame skip 32"]);
        fixture.Config("fig3", "pong-fs32-stm", ExperimentFixture.PongConfig("pong-fs32-stm", "STM", "frame skip 32"));
        const string Rom = "open-pong (open-pong, md5 18eb52e2fb37c3ad498cb735526a123b) from the embedded open-pong ROM (no Pong ROM found)";
        // Seed 1: games -21, -19 → final average -20. Seed 2: games -21, -21, -15, -19 → -19. Mean -19.5, std sqrt(0.5) = 0.7071.
        fixture.PongRun("pong-fs32-stm", 1, [-21, -19], frames: 100_000, seconds: 600, Rom);
        fixture.PongRun("pong-fs32-stm", 2, [-21, -21, -15, -19], frames: 140_000, seconds: 660, Rom);

        var (exit, _, _) = InProcessRunner.Run("report", "--configs", fixture.Configs, "--results", fixture.Results);

        Assert.Equal(0, exit);
        var page = File.ReadAllText(Path.Combine(fixture.Results, "fig3.md"));
        Assert.Contains($"**ROM:** {Rom}.", page);
        Assert.Contains("**Hardware:** 2 cores, test machine.", page);
        // Frames (100,000 + 140,000) / 2, games (2 + 4) / 2, minutes (10 + 11) / 2.
        Assert.Contains("| STM | frame skip 32 | — | -19.50 ± 0.71 | 1, 2 | 120,000 frames, 3 games, 10.5 min (mean) |", page);
        Assert.Contains("`SamRL.Runner pong --seed 1`<br>`SamRL.Runner pong --seed 2`", page);
    }
}
