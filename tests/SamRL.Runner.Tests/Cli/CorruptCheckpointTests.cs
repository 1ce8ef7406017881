using SamRL.Runner.Cli;
using SamRL.Runner.Runs;
using SamRL.Runner.Training;

namespace SamRL.Runner.Tests.Cli;

public class CorruptCheckpointTests
{
    private static readonly byte[] Garbage = [.. "not a checkpoint at all"u8, 0, 1, 2, 3, 255, 254];

    [Fact]
    public void Eval_of_a_corrupt_checkpoint_is_one_line_and_exit_code_2()
    {
        using var run = CorruptRun();
        var checkpoint = run.Combine("checkpoints", "latest.ckpt");

        var (code, output, error) = InProcessRunner.Run("eval", checkpoint, "--episodes", "1");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(output);
        Assert.StartsWith($"error: checkpoint {checkpoint}", error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Garbage, File.ReadAllBytes(checkpoint));
    }

    [Fact]
    public void Resume_from_a_corrupt_checkpoint_changes_nothing_in_the_run_folder()
    {
        using var run = CorruptRun();
        var before = Snapshot(run.Path);

        var (code, _, error) = InProcessRunner.Run("--resume", run.Path, "--max-frames", "1000");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("error: --resume: checkpoint", error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(before, Snapshot(run.Path));
    }

    [Fact]
    public void Eval_outside_a_run_folder_says_where_it_looked_for_the_config()
    {
        using var folder = new TempDirectory();
        var checkpoint = folder.Combine("loose.ckpt");
        File.WriteAllBytes(checkpoint, Garbage);

        var (code, _, error) = InProcessRunner.Run("eval", checkpoint);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("config.json", error);
    }

    private static TempDirectory CorruptRun()
    {
        var run = new TempDirectory();
        TrainSettingsFile.Save(run.Combine("config.json"), new TrainSettings { Game = "SamRL/AssociativeRetrieval-v0", Workers = 1 });
        File.WriteAllText(run.Combine("metrics.csv"), MetricsCsv.Header + "\ncheckpoint,1,100,,,,,,,,\n");
        Directory.CreateDirectory(run.Combine("checkpoints"));
        File.WriteAllBytes(run.Combine("checkpoints", "latest.ckpt"), Garbage);
        return run;
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => path, path => Convert.ToHexString(File.ReadAllBytes(path)));
}
