using System.Text.Json;
using SamRL.Agents.A3C;
using SamRL.Runner.Cli;
using SamRL.Runner.Replay;
using SamRL.Runner.Tests.Cli;
using SamRL.Runner.Training;
using SkiaSharp;

namespace SamRL.Runner.Tests.Replay;

public class ReplayCommandTests
{
    private const string Environment = "SamRL/AssociativeRetrieval-v0";

    [Fact]
    public void A_faithful_recording_replays_with_matching_rewards()
    {
        using var run = new TempDirectory();
        var episode = RecordEpisode(run, seed: 7);

        var (code, output, error) = InProcessRunner.Run("replay", episode, "--check");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("rewards match", output);
        Assert.Empty(error);
    }

    [Fact]
    public void A_changed_reward_fails_the_check_and_names_the_step()
    {
        using var run = new TempDirectory();
        var episode = RecordEpisode(run, seed: 7, tamper: record => record with { Rewards = [.. record.Rewards[..^1], record.Rewards[^1] + 1] });

        var (checkedCode, _, checkedError) = InProcessRunner.Run("replay", episode, "--check");
        var (plainCode, _, plainError) = InProcessRunner.Run("replay", episode);

        Assert.Equal(ExitCodes.CheckFailed, checkedCode);
        Assert.Contains($"step {JsonSerializer.Deserialize<EvaluationEpisodeRecord>(File.ReadAllText(episode))!.Steps}", checkedError);
        Assert.Equal(ExitCodes.Success, plainCode);
        Assert.Contains("mismatch", plainError);
    }

    [Fact]
    public void Gif_export_holds_the_reset_frame_and_one_frame_per_step_scaled()
    {
        using var run = new TempDirectory();
        var episode = RecordEpisode(run, seed: 3);
        var gif = run.Combine("episode.gif");

        var (code, _, _) = InProcessRunner.Run("replay", episode, "--gif", gif, "--scale", "2");

        Assert.Equal(ExitCodes.Success, code);
        var record = JsonSerializer.Deserialize<EvaluationEpisodeRecord>(File.ReadAllText(episode))!;
        using var codec = SKCodec.Create(gif);
        Assert.Equal(record.Steps + 1, codec.FrameCount);
        using var environment = RunnerEnvironments.Registry.Make<float, int>(Environment);
        Assert.Equal(environment.ObservationSpace.Shape[0] * 2, codec.Info.Width);
        Assert.Equal(2, codec.Info.Height);
    }

    [Fact]
    public void Max_steps_exports_the_reset_frame_and_that_many_steps_but_checks_them_all()
    {
        using var run = new TempDirectory();
        var episode = RecordEpisode(run, seed: 3);
        var gif = run.Combine("episode.gif");

        var (code, output, _) = InProcessRunner.Run("replay", episode, "--gif", gif, "--max-steps", "2");

        Assert.Equal(ExitCodes.Success, code);
        using var codec = SKCodec.Create(gif);
        Assert.Equal(3, codec.FrameCount);
        var record = JsonSerializer.Deserialize<EvaluationEpisodeRecord>(File.ReadAllText(episode))!;
        Assert.Contains($"{record.Steps} of {record.Steps} steps re-simulated", output);
    }

    [Fact]
    public void The_game_view_of_an_atari_episode_is_the_console_screen_in_its_palette()
    {
        using var run = new TempDirectory();
        var settings = new TrainSettings { Game = "open-pong", FrameSkip = 8, Encoder = "universe42", Workers = 1 };
        var episode = RecordEpisode(run, settings, seed: 5);
        var frames = run.Combine("frames");

        var (code, _, error) = InProcessRunner.Run("replay", episode, "--png-dir", frames, "--scale", "1", "--max-steps", "4");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal(5, Directory.GetFiles(frames, "frame-*.png").Length);
        using var environment = TrainingEnvironment.Resolve(settings).Factory(settings.Workers);
        environment.Reset(5);
        var console = (SamRL.Atari.Env.AtariEnv)SamRL.Environments.Core.EnvChain.Unwrapped(environment);
        using var first = SKBitmap.Decode(Path.Combine(frames, "frame-000001.png"));
        Assert.Equal((160, 210), (first.Width, first.Height));
        var screen = console.Ale.Screen;
        for (var y = 0; y < 210; y += 3)
        {
            for (var x = 0; x < 160; x += 3)
            {
                var expected = console.Ale.Palette.Rgb(screen[(y * 160) + x]);
                var pixel = first.GetPixel(x, y);
                Assert.Equal(expected, (uint)((pixel.Red << 16) | (pixel.Green << 8) | pixel.Blue));
            }
        }
    }

    [Fact]
    public void The_game_view_of_a_task_environment_is_refused()
    {
        using var run = new TempDirectory();
        var episode = RecordEpisode(run, seed: 3);

        var (code, _, error) = InProcessRunner.Run("replay", episode, "--gif", run.Combine("a.gif"), "--view", "game");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--view game", error);
        Assert.False(File.Exists(run.Combine("a.gif")));
    }

    [Fact]
    public void Negative_max_steps_are_refused()
    {
        using var run = new TempDirectory();
        var episode = RecordEpisode(run, seed: 3);

        var (code, _, error) = InProcessRunner.Run("replay", episode, "--gif", run.Combine("a.gif"), "--max-steps", "-1");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--max-steps", error);
    }

    [Fact]
    public void Png_export_writes_one_file_per_frame()
    {
        using var run = new TempDirectory();
        var episode = RecordEpisode(run, seed: 3);
        var frames = run.Combine("frames");

        var (code, _, _) = InProcessRunner.Run("replay", episode, "--png-dir", frames, "--scale", "1");

        Assert.Equal(ExitCodes.Success, code);
        var record = JsonSerializer.Deserialize<EvaluationEpisodeRecord>(File.ReadAllText(episode))!;
        Assert.Equal(record.Steps + 1, Directory.GetFiles(frames, "frame-*.png").Length);
        using var first = SKBitmap.Decode(Path.Combine(frames, "frame-000001.png"));
        Assert.Equal(1, first.Height);
    }

    [FfmpegFact]
    public void Mp4_export_holds_every_frame_at_the_scaled_size()
    {
        using var run = new TempDirectory();
        var episode = RecordEpisode(run, seed: 3);
        var mp4 = run.Combine("episode.mp4");

        var (code, _, error) = InProcessRunner.Run("replay", episode, "--mp4", mp4, "--scale", "2");

        Assert.True(code == ExitCodes.Success, error);
        var record = JsonSerializer.Deserialize<EvaluationEpisodeRecord>(File.ReadAllText(episode))!;
        using var environment = RunnerEnvironments.Registry.Make<float, int>(Environment);
        var width = environment.ObservationSpace.Shape[0] * 2;
        var probe = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(
            Path.Combine(Path.GetDirectoryName(Mp4FrameSink.FindFfmpeg())!, "ffprobe"),
            ["-v", "error", "-count_frames", "-show_entries", "stream=width,height,nb_read_frames", "-of", "csv=p=0", mp4])
        {
            RedirectStandardOutput = true,
        })!;
        var streams = probe.StandardOutput.ReadToEnd().Trim();
        probe.WaitForExit();
        Assert.Equal($"{width + (width % 2)},2,{record.Steps + 1}", streams);
    }

    [Fact]
    public void A_corrupt_episode_file_is_one_line_and_exit_code_2()
    {
        using var run = new TempDirectory();
        var episode = RecordEpisode(run, seed: 3);
        File.WriteAllText(episode, File.ReadAllText(episode)[..40]);

        var (code, output, error) = InProcessRunner.Run("replay", episode, "--check");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(output);
        Assert.StartsWith($"error: episode file {episode}", error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Two_export_formats_at_once_are_refused()
    {
        using var run = new TempDirectory();
        var episode = RecordEpisode(run, seed: 3);

        var (code, _, error) = InProcessRunner.Run("replay", episode, "--gif", run.Combine("a.gif"), "--png-dir", run.Combine("p"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--gif", error);
        Assert.False(File.Exists(run.Combine("a.gif")));
    }

    /// <summary>Plays the environment directly with a fixed action pattern and saves the episode as training does.</summary>
    private static string RecordEpisode(TempDirectory run, ulong seed, Func<EvaluationEpisodeRecord, EvaluationEpisodeRecord>? tamper = null) =>
        RecordEpisode(run, new TrainSettings { Game = Environment, Workers = 1 }, seed, tamper);

    private static string RecordEpisode(
        TempDirectory run, TrainSettings settings, ulong seed, Func<EvaluationEpisodeRecord, EvaluationEpisodeRecord>? tamper = null)
    {
        TrainSettingsFile.Save(run.Combine("config.json"), settings);
        using var environment = TrainingEnvironment.Resolve(settings).Factory(settings.Workers);
        environment.Reset(seed);
        var actionCount = ((SamRL.Environments.Spaces.DiscreteSpace)environment.ActionSpace).Count;
        var actions = new List<int>();
        var rewards = new List<double>();
        var done = false;
        while (!done)
        {
            var action = (actions.Count * 5) % actionCount;
            var step = environment.Step(action);
            actions.Add(action);
            rewards.Add(step.Reward);
            done = step.IsDone;
        }

        var record = new EvaluationEpisodeRecord(1, 0, seed, rewards.Sum(), actions.Count, false, [.. actions], [.. rewards]);
        record = tamper?.Invoke(record) ?? record;
        Directory.CreateDirectory(run.Combine("evaluations"));
        var path = run.Combine("evaluations", "episode-000001.json");
        File.WriteAllText(path, JsonSerializer.Serialize(record));
        return path;
    }
}
