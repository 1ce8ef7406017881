using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SamRL.Runner.Babi;

namespace SamRL.Runner.Tests.Babi;

/// <summary><c>babi --data DIR</c> end to end on a tiny folder written by the test, at the paper's model sizes.</summary>
public sealed class BabiCommandTests
{
    [Fact]
    public void TrainsAndWritesTheContractFilesAndThePerTaskTable()
    {
        using var temp = new TempDirectory();
        var data = SyntheticBabiFolder.Write(temp.Combine("data"));

        var (exit, output, error) = Run("babi", "--data", data, "--max-iterations", "3", "--batch-size", "4", "--run-dir", temp.Combine("runs"), "--seed", "3");

        Assert.True(exit == 0, error);
        Assert.Contains("en / en-10k layout", output);
        Assert.Contains("failed tasks (error > 5 %): ", output);
        Assert.Contains("│ 2    │", output);
        var run = Assert.Single(Directory.GetDirectories(temp.Combine("runs")));
        Assert.Matches(@"babi-stm-\d{8}-\d{6}$", run);
        foreach (var file in new[] { "config.json", "train.log", "metrics.csv", "results.json", "checkpoints/last.ckpt", "checkpoints/best.ckpt" })
        {
            Assert.True(File.Exists(Path.Combine(run, file)), $"{file} missing");
        }

        var metrics = File.ReadAllLines(Path.Combine(run, "metrics.csv"));
        Assert.Equal("kind,iteration,examples,elapsed_seconds,loss,metric", metrics[0]);
        Assert.Equal(["valid", "test"], metrics.Skip(1).Select(line => line.Split(',')[0]));
        Assert.All(metrics.Skip(1), line => Assert.Equal(6, line.Split(',').Length));
        Assert.Equal("3", metrics[1].Split(',')[1]);
        Assert.Equal("12", metrics[1].Split(',')[2]);

        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "results.json")));
        var root = results.RootElement;
        Assert.Equal("babi", root.GetProperty("experiment").GetString());
        Assert.Equal("stm", root.GetProperty("model").GetString());
        Assert.Equal("error", root.GetProperty("metric").GetString());
        Assert.False(root.GetProperty("higherIsBetter").GetBoolean());
        Assert.Equal(3, root.GetProperty("iterations").GetInt64());
        Assert.Equal(3UL, root.GetProperty("seed").GetUInt64());
        // The synthetic folder's vocabulary: padding, 4 people, 4 places, went, to, the, '.', moved, where, is, '?' = 17
        // entries; its longest sentence ("mary went to the kitchen .") has 6 tokens. Paper sizes: 1,412,161 + 64·W_max + 244·V.
        Assert.Equal(1_412_161 + 64 * 6 + 244 * 17, root.GetProperty("parameters").GetInt64());
        var extra = root.GetProperty("extra");
        var test = root.GetProperty("test").GetDouble();
        Assert.Equal((extra.GetProperty("task1").GetDouble() + extra.GetProperty("task2").GetDouble()) / 2, test, 12);
        var failed = new[] { "task1", "task2" }.Count(t => extra.GetProperty(t).GetDouble() > 0.05);
        Assert.Equal(failed, extra.GetProperty("failedTasks").GetDouble());
        Assert.Equal(double.Parse(metrics[2].Split(',')[5], CultureInfo.InvariantCulture), test, 12);
        Assert.True(root.GetProperty("bestValid").GetDouble() is >= 0 and <= 1);
        foreach (var name in new[] { "variant", "hardware" })
        {
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty(name).GetString()));
        }
    }

    [Fact]
    public void ResumeContinuesTheRunAndItsMetrics()
    {
        using var temp = new TempDirectory();
        var data = SyntheticBabiFolder.Write(temp.Combine("data"));
        var (first, _, firstError) = Run("babi", "--data", data, "--max-iterations", "2", "--batch-size", "4", "--run-dir", temp.Combine("runs"));
        Assert.True(first == 0, firstError);
        var run = Assert.Single(Directory.GetDirectories(temp.Combine("runs")));

        var (exit, output, error) = Run("babi", "--resume", run, "--max-iterations", "4");

        Assert.True(exit == 0, error);
        Assert.Contains(run, output);
        var rows = File.ReadAllLines(Path.Combine(run, "metrics.csv")).Skip(1).Select(line => line.Split(',')).ToArray();
        // First session: valid and test at 2. The resumed one keeps the validation, drops the test (it tests again when
        // it ends, as task runs do) and adds valid and test at 4.
        Assert.Equal(["valid:2", "valid:4", "test:4"], rows.Select(r => $"{r[0]}:{r[1]}"));
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "results.json")));
        Assert.Equal(4, results.RootElement.GetProperty("iterations").GetInt64());
        Assert.Equal(4, JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "config.json"))).RootElement.GetProperty("batchSize").GetInt32());
    }

    [Fact]
    public void RunConfigIsAValidConfigFile()
    {
        using var temp = new TempDirectory();
        var data = SyntheticBabiFolder.Write(temp.Combine("data"));
        var config = temp.Combine("config.json");
        BabiSettingsFile.Save(config, new BabiSettings { Data = data, Tasks = "2", BatchSize = 4, MaxIterations = 1, RunsDirectory = temp.Combine("runs") });

        var (exit, output, error) = Run("babi", "--config", config);

        Assert.True(exit == 0, error);
        Assert.Contains("│ 2    │", output);
        Assert.DoesNotContain("│ 1    │", output);
        var run = Assert.Single(Directory.GetDirectories(temp.Combine("runs")));
        var saved = BabiSettingsFile.Load(Path.Combine(run, "config.json"));
        Assert.Equal(("2", 4, 1L), (saved.Tasks, saved.BatchSize, saved.MaxIterations!.Value));
    }

    internal static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Build().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
