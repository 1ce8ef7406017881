using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SamRL.Runner.Tests.Cli;

namespace SamRL.Runner.Tests.Supervised;

/// <summary>Ctrl+C on <c>SamRL.Runner task</c> in a child process, the way a user stops a run.</summary>
public sealed class TaskInterruptTests
{
    [Fact]
    public async Task CtrlCStopsWithACheckpointAndNoTest()
    {
        using var folder = new TempDirectory();
        var runs = folder.Combine("runs");
        using var training = Process.Start(RunnerProcess.StartInfo(
            folder.Path, "task", "copy", "--model", "lstm", "--batch-size", "2", "--eval-every", "2", "--threads", "1", "--run-dir", runs))!;
        var output = training.StandardOutput.ReadToEndAsync();
        var error = training.StandardError.ReadToEndAsync();

        // The first validation (iteration 2) writes the checkpoint and results.json; then interrupt.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline && !training.HasExited
            && !(Directory.Exists(runs) && Directory.EnumerateFiles(runs, "results.json", SearchOption.AllDirectories).Any()))
        {
            Thread.Sleep(200);
        }

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
        Assert.True(File.Exists(Path.Combine(run, "checkpoints", "last.ckpt")));
        Assert.Contains("stopped (Cancelled)", File.ReadAllText(Path.Combine(run, "train.log")), StringComparison.Ordinal);
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "results.json")));
        Assert.Equal(JsonValueKind.Null, results.RootElement.GetProperty("test").ValueKind);
        Assert.True(results.RootElement.GetProperty("iterations").GetInt64() >= 2);
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(run, "metrics.csv")), row => row.StartsWith("test,", StringComparison.Ordinal));
    }
}
