using System.Globalization;
using System.Text.Json;
using SamRL.Runner.Cli;
using SamRL.Runner.Tests.Cli;

namespace SamRL.Runner.Tests.Supervised;

/// <summary><c>SamRL.Runner task</c> end to end in this process: the run folder contract, resume, and bad input.</summary>
public sealed class TaskCommandTests
{
    [Fact]
    public void AFiveIterationRunWritesTheContractsFiles()
    {
        using var folder = new TempDirectory();
        var (code, output, error) = InProcessRunner.Run(
            "task", "nth-farthest", "--model", "lstm", "--max-iterations", "5", "--eval-every", "5", "--batch-size", "4", "--threads", "1",
            "--run-dir", folder.Path);

        Assert.True(code == ExitCodes.Success, error);
        var run = Assert.Single(Directory.GetDirectories(folder.Path));
        Assert.Matches(@"^nth-farthest-lstm-\d{8}-\d{6}$", Path.GetFileName(run));
        Assert.Contains(run, output);
        foreach (var file in new[] { "config.json", "train.log", "metrics.csv", "results.json", "checkpoints/last.ckpt", "checkpoints/best.ckpt" })
        {
            Assert.True(File.Exists(Path.Combine(run, file)), $"{file} is missing");
        }

        var rows = File.ReadAllLines(Path.Combine(run, "metrics.csv"));
        Assert.Equal("kind,iteration,examples,elapsed_seconds,loss,metric", rows[0]);
        Assert.Equal(["valid", "test"], rows.Skip(1).Select(row => row.Split(',')[0]));
        Assert.All(rows.Skip(1), row => Assert.Equal(["5", "20"], row.Split(',').Skip(1).Take(2)));
        Assert.All(rows.Skip(1), row => Assert.InRange(double.Parse(row.Split(',')[5], CultureInfo.InvariantCulture), 0, 1));

        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "results.json")));
        var root = results.RootElement;
        Assert.Equal("nth-farthest", root.GetProperty("experiment").GetString());
        Assert.Equal("lstm", root.GetProperty("model").GetString());
        Assert.Equal("accuracy", root.GetProperty("metric").GetString());
        Assert.True(root.GetProperty("higherIsBetter").GetBoolean());
        Assert.Equal(5, root.GetProperty("iterations").GetInt64());
        Assert.Equal(1UL, root.GetProperty("seed").GetUInt64());
        // LSTM 40 → 512 → 8: 4·512·(40 + 512) + 8·512 gate weights and biases, 2·512 initial state, 512·8 + 8 output.
        Assert.Equal(4L * 512 * 552 + 8 * 512 + 2 * 512 + 512 * 8 + 8, root.GetProperty("parameters").GetInt64());
        Assert.Equal(double.Parse(rows[2].Split(',')[5], CultureInfo.InvariantCulture), root.GetProperty("test").GetDouble());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("extra").ValueKind);
        Assert.Contains("cores", root.GetProperty("hardware").GetString());
    }

    [Fact]
    public void NthFarthestTrainsTheSizeGivenAndRecordsIt()
    {
        using var folder = new TempDirectory();
        var (code, _, error) = InProcessRunner.Run(
            "task", "nth-farthest", "--vectors", "3", "--dimension", "2", "--model", "lstm", "--max-iterations", "2", "--eval-every", "2",
            "--batch-size", "4", "--run-dir", folder.Path);

        Assert.True(code == ExitCodes.Success, error);
        var run = Assert.Single(Directory.GetDirectories(folder.Path));
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "config.json")));
        Assert.Equal(3, config.RootElement.GetProperty("vectors").GetInt32());
        Assert.Equal(2, config.RootElement.GetProperty("dimension").GetInt32());
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "results.json")));
        // LSTM on rows of 2 + 3·3 = 11 values with 3 labels: 4·512·(11 + 512) + 8·512, h0 and c0 2·512, output 512·3 + 3.
        Assert.Equal(4L * 512 * 523 + 8 * 512 + 2 * 512 + 512 * 3 + 3, results.RootElement.GetProperty("parameters").GetInt64());
    }

    [Fact]
    public void ResumeContinuesTheRunAndItsConfigIsAValidConfigFile()
    {
        using var folder = new TempDirectory();
        var run = TrainTwoIterationsOfCopy(folder);

        var (code, _, error) = InProcessRunner.Run("task", "--resume", run, "--max-iterations", "4");
        Assert.True(code == ExitCodes.Success, error);
        var kinds = File.ReadAllLines(Path.Combine(run, "metrics.csv")).Skip(1).Select(row => string.Join(',', row.Split(',').Take(2)));
        // The first session's test is dropped: the resumed run validates and tests again at its end.
        Assert.Equal(["valid,2", "valid,4", "test,4"], kinds);

        var copyOfConfig = Path.Combine(folder.Path, "again.json");
        File.Copy(Path.Combine(run, "config.json"), copyOfConfig);
        (code, _, error) = InProcessRunner.Run("task", "--config", copyOfConfig, "--max-iterations", "1", "--run-dir", Path.Combine(folder.Path, "second"));
        Assert.True(code == ExitCodes.Success, error);
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "second"))), "config.json")));
        Assert.Equal(8, config.RootElement.GetProperty("slotSize").GetInt32());
        Assert.Equal(2, config.RootElement.GetProperty("queries").GetInt32());
    }

    [Theory]
    [InlineData("<name>", "task", "sorting")]
    [InlineData("--length", "task", "copy", "--length", "30")]
    [InlineData("--length", "task", "associative-retrieval", "--length", "40")]
    [InlineData("--points", "task", "tsp", "--points", "7")]
    [InlineData("--vectors", "task", "copy", "--vectors", "4")]
    [InlineData("--vectors", "task", "nth-farthest", "--vectors", "1")]
    [InlineData("--dimension", "task", "tsp", "--dimension", "2")]
    [InlineData("--dimension", "task", "nth-farthest", "--dimension", "0")]
    [InlineData("--model", "task", "nth-farthest", "--model", "alstm")]
    [InlineData("--model", "task", "copy", "--model", "gru")]
    [InlineData("STM options only", "task", "copy", "--model", "lstm", "--no-gates")]
    [InlineData("--batch-size", "task", "copy", "--batch-size", "0")]
    [InlineData("--lr", "task", "copy", "--lr", "-1")]
    [InlineData("--threads", "task", "copy", "--threads", "0")]
    [InlineData("--checkpoint-minutes", "task", "copy", "--checkpoint-minutes", "0")]
    [InlineData("--lr-decay-start", "task", "copy", "--max-iterations", "10", "--lr-decay-start", "10")]
    [InlineData("does not exist", "task", "--resume", "/nonexistent/run")]
    public void BadInputIsOneLineNamingTheOptionWithExitCode2AndWritesNothing(string named, params string[] args)
    {
        using var folder = new TempDirectory();
        var (code, _, error) = InProcessRunner.Run([.. args, "--run-dir", folder.Path]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", error);
        Assert.Contains(named, error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void AResumedRunMaySetTheDecayOfTheIterationsStillToComeButNotOfThoseMade()
    {
        using var folder = new TempDirectory();
        var run = TrainTwoIterationsOfCopy(folder);
        var configFile = Path.Combine(run, "config.json");
        var savedConfig = File.ReadAllText(configFile);

        var (code, _, error) = InProcessRunner.Run("task", "--resume", run, "--max-iterations", "4", "--lr-decay-start", "1");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("--lr-decay-start", error);
        Assert.Equal(savedConfig, File.ReadAllText(configFile));

        (code, _, error) = InProcessRunner.Run("task", "--resume", run, "--max-iterations", "4", "--lr-decay-start", "2");
        Assert.True(code == ExitCodes.Success, error);
        using var config = JsonDocument.Parse(File.ReadAllText(configFile));
        Assert.Equal(2, config.RootElement.GetProperty("learningRateDecayStart").GetInt64());
        Assert.Equal(4, config.RootElement.GetProperty("maxIterations").GetInt64());
    }

    [Fact]
    public void AResumedRunKeepsItsSettings()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.Combine("run"));
        File.WriteAllText(folder.Combine("run", "config.json"), """{ "task": "copy" }""");
        var (code, _, error) = InProcessRunner.Run("task", "--resume", folder.Combine("run"), "--batch-size", "3");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--batch-size cannot change when resuming", error);

        (code, _, error) = InProcessRunner.Run("task", "--resume", folder.Combine("run"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("has no checkpoint", error);
    }

    // A small STM trained 2 iterations of copy, validated and checkpointed at 2: its run folder.
    [Fact]
    public void ResumingFromADamagedCheckpointIsOneLineAndChangesNothing()
    {
        using var folder = new TempDirectory();
        var run = TrainTwoIterationsOfCopy(folder);
        var checkpoint = Path.Combine(run, "checkpoints", "last.ckpt");
        File.WriteAllBytes(checkpoint, File.ReadAllBytes(checkpoint)[..^64]);
        var before = Directory.GetFiles(run, "*", SearchOption.AllDirectories).ToDictionary(path => path, File.ReadAllBytes);

        var (code, _, error) = InProcessRunner.Run("task", "--resume", run, "--max-iterations", "4");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("truncated or damaged", error);
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(run, "*", SearchOption.AllDirectories).Order());
        Assert.All(before, file => Assert.Equal(file.Value, File.ReadAllBytes(file.Key)));
    }

    private static string TrainTwoIterationsOfCopy(TempDirectory folder)
    {
        var (code, _, error) = InProcessRunner.Run(
            "task", "copy", "--slot-size", "8", "--queries", "2", "--max-iterations", "2", "--eval-every", "2", "--batch-size", "2",
            "--threads", "1", "--run-dir", folder.Path);
        Assert.True(code == ExitCodes.Success, error);
        return Assert.Single(Directory.GetDirectories(folder.Path));
    }
}
