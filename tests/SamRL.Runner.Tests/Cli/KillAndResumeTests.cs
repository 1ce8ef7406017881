using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SamRL.Agents.A3C;
using SamRL.Runner.Runs;
using SamRL.Runner.Training;

namespace SamRL.Runner.Tests.Cli;

// Trains a small registered task environment in a child process, kills it hard, and resumes it.
public class KillAndResumeTests
{
    private const string Environment = "SamRL/AssociativeRetrieval-v0";

    [Fact]
    public void A_killed_run_leaves_readable_files_and_resumes_where_its_checkpoint_left_off()
    {
        using var folder = new TempDirectory();
        var runs = folder.Combine("runs");
        using (var training = Process.Start(RunnerProcess.StartInfo(
            folder.Path, Environment, "--core", "lstm", "--workers", "1", "--run-dir", runs,
            "--checkpoint-minutes", "0.02", "--eval-every", "100"))!)
        {
            var metrics = WaitForCheckpointRows(runs, training, count: 2);
            training.Kill(entireProcessTree: true);
            training.WaitForExit();
            Assert.NotNull(metrics);
        }

        var run = Assert.Single(Directory.GetDirectories(runs));
        var layout = new RunLayout(run);
        Assert.Equal(Environment, TrainSettingsFile.Load(Path.Combine(run, "config.json")).Game);
        Assert.Equal(1, Checkpoints.ReadConfig(layout.CheckpointFile).Workers);
        var killedAt = CheckpointFrames(Path.Combine(run, "metrics.csv")).Max();

        var target = killedAt + 150;
        var (code, output, error) = RunnerProcess.Run(
            folder.Path, "--resume", run, "--max-frames", target.ToString(CultureInfo.InvariantCulture));

        Assert.True(code == 0, $"resume failed with {code}: {error}");
        Assert.Contains(run, output);
        Assert.Equal(target, TrainSettingsFile.Load(Path.Combine(run, "config.json")).MaxFrames);
        var rows = File.ReadAllLines(Path.Combine(run, "metrics.csv")).Skip(1).Select(line => line.Split(',')).ToList();
        var checkpoints = rows.Where(row => row[0] == "checkpoint").Select(row => long.Parse(row[2], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(checkpoints.Order(), checkpoints);
        Assert.True(checkpoints[^1] >= target, $"the resumed run stopped at {checkpoints[^1]} frames, before {target}");
        Assert.Contains(checkpoints, frames => frames > killedAt);
        var evaluations = rows.Where(row => row[0] == "evaluation").Select(row => long.Parse(row[8], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, evaluations.Count).Select(i => (long)i), evaluations);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(run, "tensorboard")).Length);

        var (evalCode, evalOutput, evalError) = InProcessRunner.Run("eval", layout.CheckpointFile, "--episodes", "2", "--json");
        Assert.True(evalCode == 0, evalError);
        using var report = JsonDocument.Parse(evalOutput);
        var rewards = report.RootElement.GetProperty("rewards").EnumerateArray().Select(reward => reward.GetDouble()).ToArray();
        Assert.Equal(2, rewards.Length);
        Assert.Equal(rewards.Average(), report.RootElement.GetProperty("mean_reward").GetDouble(), 12);
        Assert.All(report.RootElement.GetProperty("steps").EnumerateArray(), steps => Assert.InRange(steps.GetInt32(), 1, 10_000));
    }

    [Fact]
    public async Task Ctrl_c_stops_training_with_a_final_checkpoint()
    {
        using var folder = new TempDirectory();
        var runs = folder.Combine("runs");
        using var training = Process.Start(RunnerProcess.StartInfo(
            folder.Path, Environment, "--core", "lstm", "--workers", "1", "--run-dir", runs, "--checkpoint-minutes", "0.02"))!;
        var output = training.StandardOutput.ReadToEndAsync();
        var error = training.StandardError.ReadToEndAsync();
        Assert.NotNull(WaitForCheckpointRows(runs, training, count: 1));

        using (var interrupt = Process.Start("kill", ["-INT", training.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            interrupt.WaitForExit();
        }

        bool stopped = training.WaitForExit(TimeSpan.FromSeconds(90));
        if (!stopped) training.Kill(entireProcessTree: true); // a failed test must not leave a training run behind
        Assert.True(stopped, "training did not stop after SIGINT");
        Assert.True(training.ExitCode == 0, $"exit code {training.ExitCode}: {await error}");
        var run = Assert.Single(Directory.GetDirectories(runs));
        Assert.Contains(run, await output);
        Assert.StartsWith("checkpoint,", File.ReadAllLines(Path.Combine(run, "metrics.csv"))[^1]);
        var log = File.ReadAllText(Path.Combine(run, "train.log"));
        Assert.True(log.Contains("Final checkpoint", StringComparison.Ordinal) && log.Contains("stopped (Cancelled)", StringComparison.Ordinal), log);
    }

    private static string? WaitForCheckpointRows(string runs, Process training, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline && !training.HasExited)
        {
            var metrics = Directory.Exists(runs)
                ? Directory.GetDirectories(runs).Select(run => Path.Combine(run, "metrics.csv")).FirstOrDefault(File.Exists)
                : null;
            if (metrics is not null && CheckpointFrames(metrics).Count(frames => frames > 0) >= count)
            {
                return metrics;
            }

            Thread.Sleep(200);
        }

        return null;
    }

    private static List<long> CheckpointFrames(string metrics)
    {
        using var stream = new FileStream(metrics, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Where(line => line.StartsWith("checkpoint,", StringComparison.Ordinal) && line.Split(',').Length == MetricsCsv.Header.Split(',').Length)
            .Select(line => long.Parse(line.Split(',')[2], CultureInfo.InvariantCulture))
            .ToList();
    }
}
