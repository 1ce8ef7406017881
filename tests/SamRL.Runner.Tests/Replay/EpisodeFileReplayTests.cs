using SamRL.Environments.Episodes;
using SamRL.Runner.Cli;
using SamRL.Runner.Tests.Cli;
using SamRL.Runner.Training;
using SkiaSharp;

namespace SamRL.Runner.Tests.Replay;

/// <summary>Replaying the self-contained episode files that training writes for every evaluation episode.</summary>
public class EpisodeFileReplayTests
{
    private static readonly TrainSettings OpenPong = new() { Game = "open-pong", FrameSkip = 8, Encoder = "universe42", Workers = 1 };

    [Fact]
    public void An_open_pong_episode_file_replays_with_rewards_and_checksums_checked_and_needs_no_run_folder()
    {
        using var folder = new TempDirectory();
        var (path, steps, reward) = Record(folder, OpenPong, seed: 5);

        var (code, output, error) = InProcessRunner.Run("replay", path, "--check", "--gif", folder.Combine("a.gif"), "--max-steps", "3");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains($"{steps} of {steps} steps re-simulated, reward {reward} (recorded {reward})", output);
        Assert.Contains("rewards match", output);
        using var codec = SKCodec.Create(folder.Combine("a.gif"));
        Assert.Equal(4, codec.FrameCount);
        Assert.Equal(160 * 2, codec.Info.Width);
    }

    [Fact]
    public void A_task_episode_file_replays_too()
    {
        using var folder = new TempDirectory();
        var settings = new TrainSettings { Game = "SamRL/AssociativeRetrieval-v0", Workers = 1 };
        var (path, steps, _) = Record(folder, settings, seed: 3);

        var (code, output, error) = InProcessRunner.Run("replay", path, "--check");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains($"{steps} of {steps} steps re-simulated", output);
    }

    [Fact]
    public void An_episode_played_on_another_rom_is_refused_naming_both_md5s()
    {
        using var folder = new TempDirectory();
        const string otherMd5 = "0123456789abcdef0123456789abcdef";
        var (path, _, _) = Record(folder, OpenPong, seed: 5, header => header with { RomMd5 = otherMd5 });

        var (code, _, error) = InProcessRunner.Run("replay", path, "--check");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(otherMd5, error);
        Assert.Contains(SamRL.Atari.Roms.OpenPong.Md5, error);
    }

    [Fact]
    public void A_different_environment_seed_in_the_header_is_a_mismatch()
    {
        using var folder = new TempDirectory();
        var (path, _, _) = Record(folder, OpenPong, seed: 5);
        var recording = EpisodeReader.Read(path);
        var forged = folder.Combine("forged.episode");
        using (var writer = EpisodeWriter.Create(forged, recording.Header with { EnvironmentSeed = 6 }))
        {
            // The same actions, rewards and checksums under another seed: the first state checksum, right after the
            // reset (whose no-op count the seed draws), already differs.
            var checkpoints = recording.Checkpoints.ToDictionary(checkpoint => checkpoint.StepCount, checkpoint => checkpoint.StateChecksum);
            for (var step = 0; step <= recording.Steps.Count; step++)
            {
                if (checkpoints.TryGetValue(step, out var checksum)) writer.WriteCheckpoint(checksum);
                if (step < recording.Steps.Count) writer.WriteStep(recording.Steps[step].Action, recording.Steps[step].Reward);
            }

            writer.Complete(recording.Terminated, recording.Truncated);
        }

        var (code, _, error) = InProcessRunner.Run("replay", forged, "--check");

        Assert.Equal(ExitCodes.CheckFailed, code);
        Assert.Contains("mismatch: Replay diverged at step 0", error);
    }

    [Fact]
    public void A_cut_episode_file_is_one_line_naming_the_file_and_exit_code_2()
    {
        using var folder = new TempDirectory();
        var (path, _, _) = Record(folder, OpenPong, seed: 5);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..12]);

        var (code, output, error) = InProcessRunner.Run("replay", path);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(output);
        Assert.StartsWith($"error: episode file {path}", error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Plays a fixed action pattern to the episode's end, recording it as the evaluator does.</summary>
    private static (string Path, long Steps, double Reward) Record(
        TempDirectory folder, TrainSettings settings, ulong seed, Func<EpisodeHeader, EpisodeHeader>? tamper = null)
    {
        var environment = TrainingEnvironment.Resolve(settings);
        var header = EvaluationEpisodeHeader.For(settings, environment) with { EnvironmentSeed = seed };
        var path = folder.Combine("episode-000001.episode");
        using var env = environment.Factory(settings.Workers);
        var actionCount = ((SamRL.Environments.Spaces.DiscreteSpace)env.ActionSpace).Count;
        long steps = 0;
        double reward = 0;
        using (var writer = EpisodeWriter.Create(path, tamper?.Invoke(header) ?? header))
        {
            var recorder = new EpisodeRecorder<float>(env, writer);
            recorder.Reset();
            var done = false;
            while (!done)
            {
                var result = recorder.Step((int)(steps * 5 % actionCount));
                steps++;
                reward += result.Reward;
                done = result.IsDone;
            }
        }

        return (path, steps, reward);
    }
}
