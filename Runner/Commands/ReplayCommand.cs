using System.CommandLine;
using System.Globalization;
using SamRL.Runner.Cli;
using SamRL.Runner.Rendering;
using SamRL.Runner.Replay;
using SamRL.Runner.Training;

namespace SamRL.Runner.Commands;

/// <summary>
/// <c>replay &lt;episode&gt;</c>: re-simulates an evaluation episode from its seed and actions, checks the rewards
/// against the recording, and optionally exports what the agent saw as a GIF, an MP4 or PNG frames.
/// </summary>
public static class ReplayCommand
{
    /// <summary>Builds the <c>replay</c> command.</summary>
    public static Command Create()
    {
        var episode = new Argument<string>("episode") { Description = "An evaluation episode file: <run>/evaluations/episode-NNNNNN.json." };
        var check = new Option<bool>("--check") { Description = "Exit with code 1 when the re-simulated rewards differ from the recorded ones." };
        var gif = new Option<string>("--gif") { Description = "Write the replay as an animated GIF.", HelpName = "file.gif" };
        var mp4 = new Option<string>("--mp4") { Description = "Write the replay as an MP4 (needs ffmpeg on PATH).", HelpName = "file.mp4" };
        var pngDirectory = new Option<string>("--png-dir") { Description = "Write every frame as a PNG into this folder.", HelpName = "folder" };
        var scale = new Option<int>("--scale") { Description = "Enlarge frames by this integer factor. Default 4.", DefaultValueFactory = _ => 4, HelpName = "k" };
        var command = new Command("replay", "Re-simulate a recorded evaluation episode, verify its rewards, and export it.")
        {
            episode, check, gif, mp4, pngDirectory, scale,
        };
        command.SetAction(parse => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
        {
            var exports = new[] { parse.GetValue(gif), parse.GetValue(mp4), parse.GetValue(pngDirectory) }.Count(value => value is not null);
            if (exports > 1)
            {
                throw new UserInputException("choose one of --gif, --mp4 and --png-dir.");
            }

            var factor = parse.GetValue(scale);
            if (factor is < 1 or > 16)
            {
                throw new UserInputException($"--scale is {factor}; expected a whole number from 1 to 16.");
            }

            var recording = EpisodeRecordFile.Load(parse.GetValue(episode)!);
            var environment = TrainingEnvironment.Resolve(recording.Settings);
            var stepsPerSecond = environment.IsAtari ? 60.0 / Math.Max(1, recording.Settings.FrameSkip) : 10.0;
            using var sink = CreateSink(parse.GetValue(gif), parse.GetValue(mp4), parse.GetValue(pngDirectory), stepsPerSecond);
            var result = Replay(recording, environment, sink, factor);
            sink?.Complete();

            var output = parse.InvocationConfiguration.Output;
            var record = recording.Record;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"episode {record.Index}: {result.Steps} of {record.Steps} steps re-simulated, reward {result.TotalReward} (recorded {record.Reward})"));
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

    private static IFrameSink? CreateSink(string? gif, string? mp4, string? pngDirectory, double stepsPerSecond) =>
        gif is not null ? new GifFrameSink(gif, (int)Math.Max(2, Math.Round(100 / stepsPerSecond)))
        : mp4 is not null ? new Mp4FrameSink(mp4, stepsPerSecond)
        : pngDirectory is not null ? new PngFrameSink(pngDirectory)
        : null;

    private static ReplayResult Replay(EpisodeRecordFile recording, TrainingEnvironment environment, IFrameSink? sink, int scale)
    {
        using var env = environment.Factory(recording.Settings.Workers);
        if (sink is null)
        {
            return EpisodeResimulation.Run(recording, env, _ => { });
        }

        ObservationImage image;
        try
        {
            image = ObservationImage.For(env.ObservationSpace.Shape);
        }
        catch (ArgumentException exception)
        {
            throw new UserInputException($"cannot export this episode: {exception.Message}");
        }

        var scaled = new byte[image.Pixels.Length * scale * scale];
        return EpisodeResimulation.Run(recording, env, observation =>
        {
            image.Convert(observation);
            FrameScaler.Scale(image.Pixels, image.Width, image.Height, 1, scale, scaled);
            sink.Add(scaled, image.Width * scale, image.Height * scale);
        });
    }
}
