using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SamRL.Atari.Env;
using SamRL.Runner.Cli;
using SamRL.Runner.Commands.Atari;

namespace SamRL.Runner.Commands;

/// <summary>
/// <c>atari trace</c> and <c>atari bench</c>: the emulator checked and timed exactly as ALE's own harness runs ALE
/// (ALE_REFERENCE §12, §13), so their output compares line by line and number by number with ALE's.
/// </summary>
public static class AtariCommand
{
    /// <summary>ALE 0.12.1's single-thread Pong figure on this machine class (act() frames/s, no screen fetch).</summary>
    public const double AlePongFramesPerSecond = 21_682;

    /// <summary>Builds the <c>atari</c> command group.</summary>
    public static Command Create()
    {
        var atari = new Command("atari", "Run the Atari emulator as ALE's harness does: traces and speed.");
        atari.Subcommands.Add(CreateTrace());
        atari.Subcommands.Add(CreateBench());
        return atari;
    }

    private static Option<string> RomOption() => new("--rom") { Description = "The ROM file (identified by MD5).", Required = true, HelpName = "file" };

    private static Option<string> GameOption() => new("--game") { Description = "Run a ROM whose MD5 is unknown as this game (with a warning).", HelpName = "name" };

    private static Option<ulong> ActionSeedOption() => new("--action-seed") { Description = "SplitMix64 seed of the random actions.", DefaultValueFactory = _ => 12345UL };

    private static Command CreateTrace()
    {
        var rom = RomOption();
        var game = GameOption();
        var steps = new Option<int>("--steps") { Description = "Number of act() calls.", Required = true };
        var policy = new Option<string>("--policy") { Description = "noop or random (SplitMix64 over the minimal action set).", DefaultValueFactory = _ => "noop" };
        var actionSeed = ActionSeedOption();
        var sticky = new Option<double>("--sticky") { Description = "Sticky-action probability (repeat_action_probability); 0 by default." };
        var seed = new Option<uint>("--seed") { Description = "ALE random_seed of the sticky-action RNG.", DefaultValueFactory = _ => 0u };
        var actions = new Option<string>("--actions") { Description = "File of ALE action ids (0..17) used instead of the policy.", HelpName = "file" };
        var output = new Option<string>("--out") { Description = "The JSON-lines file to write.", Required = true, HelpName = "file" };
        var command = new Command("trace", "Write one JSON line per act() (ALE ids, rewards, game over, lives, frame counters, RAM, screen hash), with reset lines.")
        {
            rom, game, steps, policy, actionSeed, sticky, seed, actions, output,
        };
        command.SetAction(parse => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
        {
            int stepCount = parse.GetValue(steps);
            string policyName = parse.GetValue(policy)!.Trim().ToLowerInvariant();
            double probability = parse.GetValue(sticky);
            if (stepCount < 0)
            {
                throw new UserInputException($"--steps must be 0 or more; got {stepCount}.");
            }

            if (policyName is not ("noop" or "random"))
            {
                throw new UserInputException($"--policy must be noop or random; got '{parse.GetValue(policy)}'.");
            }

            if (!(probability is >= 0 and <= 1))
            {
                throw new UserInputException($"--sticky must be between 0 and 1; got {probability.ToString(CultureInfo.InvariantCulture)}.");
            }

            var settings = new TraceSettings(parse.GetRequiredValue(rom), parse.GetValue(game), stepCount, policyName, parse.GetValue(actionSeed),
                probability, parse.GetValue(seed), parse.GetValue(actions), parse.GetRequiredValue(output));
            int lines = AtariTrace.Run(settings, parse.InvocationConfiguration.Error);
            parse.InvocationConfiguration.Output.WriteLine($"wrote {lines} lines to {settings.OutputPath}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreateBench()
    {
        var rom = RomOption();
        var game = GameOption();
        var frames = new Option<long>("--frames") { Description = "act() frames to time (ALE's runs: 200,000).", DefaultValueFactory = _ => 200_000L };
        var screen = new Option<string>("--screen") { Description = "Fetch after every frame: none, copy (palette indices), rgb or gray.", DefaultValueFactory = _ => "none" };
        var actionSeed = ActionSeedOption();
        var runs = new Option<int>("--runs") { Description = "Timed runs, each on a freshly loaded ROM; the median is reported (ALE's figures: median of 3).", DefaultValueFactory = _ => 3 };
        var threads = new Option<int>("--threads") { Description = "Consoles stepped at once, one thread each (action seed + k for console k); frames/s counts all of them. 1 is ALE's protocol.", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var command = new Command("bench", "Frames per second: frame skip 1, random minimal-set actions, reset on game over included; one thread, or one console per thread with --threads.")
        {
            rom, game, frames, screen, actionSeed, runs, threads, json,
        };
        command.SetAction(parse => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
        {
            long frameCount = parse.GetValue(frames);
            if (frameCount < 1)
            {
                throw new UserInputException($"--frames must be at least 1; got {frameCount}.");
            }

            int runCount = parse.GetValue(runs);
            if (runCount < 1)
            {
                throw new UserInputException($"--runs must be at least 1; got {runCount}.");
            }

            int threadCount = parse.GetValue(threads);
            if (threadCount < 1 || threadCount > 256)
            {
                throw new UserInputException($"--threads must be between 1 and 256; got {threadCount}.");
            }

            BenchScreen fetch = parse.GetValue(screen)!.Trim().ToLowerInvariant() switch
            {
                "none" => BenchScreen.None,
                "copy" => BenchScreen.Copy,
                "rgb" => BenchScreen.Rgb,
                "gray" or "grey" => BenchScreen.Gray,
                _ => throw new UserInputException($"--screen must be none, copy, rgb or gray; got '{parse.GetValue(screen)}'."),
            };
            string romPath = parse.GetRequiredValue(rom);
            var loaded = AtariRomLoader.Load(romPath, parse.GetValue(game), parse.InvocationConfiguration.Error);
            var results = new List<BenchResult>();
            AtariRomLoader.GuardHalt(romPath, () =>
            {
                for (int run = 0; run < runCount; run++)
                {
                    AleInterface NewEnvironment() => new(loaded, new AleSettings { RepeatActionProbability = 0 });
                    results.Add(threadCount == 1
                        ? AtariBench.Run(NewEnvironment(), frameCount, fetch, parse.GetValue(actionSeed))
                        : AtariBench.RunParallel(NewEnvironment, threadCount, frameCount, fetch, parse.GetValue(actionSeed)));
                }

                return ExitCodes.Success;
            });
            var median = results.OrderBy(result => result.FramesPerSecond).ElementAt(results.Count / 2);
            WriteResult(parse.InvocationConfiguration.Output, median, runCount, threadCount, fetch, parse.GetValue(json));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteResult(TextWriter output, BenchResult result, int runs, int threads, BenchScreen screen, bool json)
    {
        string screenName = screen.ToString().ToLowerInvariant();
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["game"] = result.Game,
                ["md5"] = result.Md5,
                ["screen"] = screenName,
                ["threads"] = threads,
                ["runs"] = runs,
                ["frames"] = result.Frames,
                ["episodes"] = result.Episodes,
                ["seconds"] = Math.Round(result.Seconds, 3),
                ["fps"] = Math.Round(result.FramesPerSecond, 1),
                ["emulated_frames"] = result.EmulatedFrames,
                ["emulated_fps"] = Math.Round(result.EmulatedFramesPerSecond, 1),
                ["fps_per_thread"] = Math.Round(result.FramesPerSecond / threads, 1),
                ["ale_pong_fps"] = AlePongFramesPerSecond,
            }));
            return;
        }

        string consoles = threads == 1 ? "1 thread" : $"{threads} consoles on {threads} threads";
        output.WriteLine($"{result.Game} (md5 {result.Md5}), screen {screenName}, {consoles}, median of {runs} run(s): {result.Frames:N0} frames in {result.Seconds:F2} s");
        output.WriteLine($"  {result.FramesPerSecond:N0} frames/s ({result.EmulatedFramesPerSecond:N0} with reset frames), {result.Episodes} games finished");
        if (threads > 1)
        {
            output.WriteLine($"  {result.FramesPerSecond / threads:N0} frames/s per thread");
        }

        output.WriteLine($"  ALE 0.12.1 on Pong, same protocol: {AlePongFramesPerSecond:N0} frames/s");
    }
}
