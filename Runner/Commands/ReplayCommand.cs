using System.CommandLine;
using System.Globalization;
using SamRL.Runner.Cli;
using SamRL.Runner.Rendering;
using SamRL.Runner.Replay;
using SamRL.Runner.Training;

namespace SamRL.Runner.Commands;

/// <summary>
/// <c>replay &lt;episode&gt;</c>: re-simulates an evaluation episode from its seed and actions, checks the rewards
/// against the recording, and optionally exports it as a GIF, an MP4 or PNG frames: the game's screen in colour (Atari
/// games, by default) or what the agent saw.
/// </summary>
public static class ReplayCommand
{
    /// <summary>Builds the <c>replay</c> command.</summary>
    public static Command Create()
    {
        var episode = new Argument<string>("episode")
        {
            Description = "An evaluation episode: <run>/evaluations/episode-NNNNNN.episode (self-contained; state checksums checked too) or its .json summary.",
        };
        var check = new Option<bool>("--check") { Description = "Exit with code 1 when the re-simulated rewards differ from the recorded ones." };
        var gif = new Option<string>("--gif") { Description = "Write the replay as an animated GIF.", HelpName = "file.gif" };
        var mp4 = new Option<string>("--mp4") { Description = "Write the replay as an MP4 (needs ffmpeg on PATH).", HelpName = "file.mp4" };
        var pngDirectory = new Option<string>("--png-dir") { Description = "Write every frame as a PNG into this folder.", HelpName = "folder" };
        var scale = new Option<int?>("--scale") { Description = "Enlarge frames by this integer factor. Default 4 (2 for the game view).", HelpName = "k" };
        var view = new Option<string>("--view")
        {
            Description = "What to export: game (the console's screen in colour, at the end of each step; Atari games only) or agent (the observation the agent saw). Default: game for Atari games, agent otherwise.",
            HelpName = "game|agent",
        };
        view.AcceptOnlyFromAmong("game", "agent");
        var maxSteps = new Option<int?>("--max-steps") { Description = "Export only the reset frame and the first n steps (the whole episode is still re-simulated and checked).", HelpName = "n" };
        var command = new Command("replay", "Re-simulate a recorded evaluation episode, verify its rewards, and export it.")
        {
            episode, check, gif, mp4, pngDirectory, scale, view, maxSteps,
        };
        command.SetAction(parse => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
        {
            var exports = new[] { parse.GetValue(gif), parse.GetValue(mp4), parse.GetValue(pngDirectory) }.Count(value => value is not null);
            if (exports > 1)
            {
                throw new UserInputException("choose one of --gif, --mp4 and --png-dir.");
            }

            var exportLimit = parse.GetValue(maxSteps) ?? int.MaxValue;
            if (exportLimit < 0)
            {
                throw new UserInputException($"--max-steps is {exportLimit}; expected 0 or more steps.");
            }

            var path = parse.GetValue(episode)!;
            IRecordedEpisode recording = path.EndsWith(".episode", StringComparison.OrdinalIgnoreCase)
                ? RecordedEpisodeFile.Load(path)
                : EpisodeRecordFile.Load(path);
            var environment = TrainingEnvironment.Resolve(recording.Settings);
            recording.CheckEnvironment(environment);
            var gameView = (parse.GetValue(view) ?? (environment.IsAtari ? "game" : "agent")) == "game";
            if (gameView && !environment.IsAtari)
            {
                throw new UserInputException($"--view game shows an Atari console's screen; {recording.Settings.Game} is not an Atari game (use --view agent).");
            }

            var factor = parse.GetValue(scale) ?? (gameView ? 2 : 4);
            if (factor is < 1 or > 16)
            {
                throw new UserInputException($"--scale is {factor}; expected a whole number from 1 to 16.");
            }

            using var env = environment.Factory(recording.Settings.Workers);
            var frames = ReplayFrames.For(env, gameView, factor);
            var stepsPerSecond = environment.IsAtari ? 60.0 / Math.Max(1, recording.Settings.FrameSkip) : 10.0;
            using var sink = CreateSink(parse.GetValue(gif), parse.GetValue(mp4), parse.GetValue(pngDirectory), stepsPerSecond, frames.Palette);
            var exported = 0;
            var result = recording.Replay(env, observation =>
            {
                if (sink is null || exported++ > exportLimit)
                {
                    return;
                }

                var frame = frames.Render(observation);
                sink.Add(frame, frames.Width, frames.Height);
            });
            sink?.Complete();

            var output = parse.InvocationConfiguration.Output;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{recording.Name}: {result.Steps} of {recording.Steps} steps re-simulated, reward {result.TotalReward} (recorded {recording.Reward})"));
            if (result.Mismatch is null)
            {
                output.WriteLine("rewards match the recording");
                return ExitCodes.Success;
            }

            parse.InvocationConfiguration.Error.WriteLine($"mismatch: {result.Mismatch}");
            return parse.GetValue(check) ? ExitCodes.CheckFailed : ExitCodes.Success;
        }));
        return command;
    }

    private static IFrameSink? CreateSink(string? gif, string? mp4, string? pngDirectory, double stepsPerSecond, FramePalette palette) =>
        gif is not null ? new GifFrameSink(gif, (int)Math.Max(2, Math.Round(100 / stepsPerSecond)), palette)
        : mp4 is not null ? new Mp4FrameSink(mp4, stepsPerSecond, palette)
        : pngDirectory is not null ? new PngFrameSink(pngDirectory, palette)
        : null;
}
