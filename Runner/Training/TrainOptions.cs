using System.CommandLine;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Training;

/// <summary>
/// The options of the training command (<c>SamRL.Runner &lt;game&gt; [options]</c>) and how they combine with a
/// <c>--config</c> file or a resumed run: an option given on the command line wins over the file.
/// </summary>
public sealed class TrainOptions
{
    private static readonly TrainSettings Defaults = new();

    /// <summary>The game or environment id.</summary>
    public Argument<string?> Game { get; } = new("game")
    {
        Description = "Atari game to train on (ALE ROM name, e.g. pong), or a registered environment id (e.g. SamRL/AssociativeRetrieval-v0).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary><c>--core</c>.</summary>
    public Option<string> Core { get; } = new("--core")
    {
        Description = $"Recurrent core: stm (the paper's LSTM-256 → STM agent) or lstm (LSTM-512 baseline). Default {Defaults.Core}.",
        HelpName = "stm|lstm",
    };

    /// <summary><c>--encoder</c>.</summary>
    public Option<string> Encoder { get; } = new("--encoder")
    {
        Description = $"Atari observation encoder: atari80 (the authors' 80×80 stack) or universe42 (universe-starter-agent's 42×42 stack, several times cheaper per step). Default {Defaults.Encoder}.",
        HelpName = "atari80|universe42",
    };

    /// <summary><c>--lstm-size</c>.</summary>
    public Option<int> LstmSize { get; } = new("--lstm-size")
    {
        Description = "LSTM width. Default: the paper's (256 before STM, 512 for the LSTM baseline).",
        HelpName = "units",
    };

    /// <summary><c>--lr</c>.</summary>
    public Option<double> LearningRate { get; } = new("--lr")
    {
        Description = $"Learning rate of the shared Adam optimiser. Default {Defaults.LearningRate}.",
        HelpName = "rate",
    };

    /// <summary><c>--frameskip</c>.</summary>
    public Option<int> FrameSkip { get; } = new("--frameskip")
    {
        Description = $"Emulator frames per agent step: 0 (every frame), 4, 16, 32 or any k. Default {Defaults.FrameSkip}.",
        HelpName = "k",
    };

    /// <summary><c>--workers</c>.</summary>
    public Option<int> Workers { get; } = new("--workers")
    {
        Description = $"Training worker threads (at most one per core computes at a time). Default {Defaults.Workers}.",
        HelpName = "n",
    };

    /// <summary><c>--seed</c>.</summary>
    public Option<ulong> Seed { get; } = new("--seed") { Description = $"Seed of the run; worker k uses seed + k. Default {Defaults.Seed}." };

    /// <summary><c>--max-frames</c>.</summary>
    public Option<long> MaxFrames { get; } = new("--max-frames") { Description = "Stop after this many emulator frames. Default: no limit." };

    /// <summary><c>--max-minutes</c>.</summary>
    public Option<double> MaxMinutes { get; } = new("--max-minutes") { Description = "Stop after this many minutes of training. Default: no limit (Ctrl+C stops and checkpoints)." };

    /// <summary><c>--rom</c>.</summary>
    public Option<string> Rom { get; } = new("--rom") { Description = "ROM file to use. Default: found by ROM discovery (see the roms command).", HelpName = "file" };

    /// <summary><c>--rom-dir</c>.</summary>
    public Option<string> RomDirectory { get; } = new("--rom-dir") { Description = "Folder searched for ROMs first. Default: none.", HelpName = "folder" };

    /// <summary><c>--run-dir</c>.</summary>
    public Option<string> RunsDirectory { get; } = new("--run-dir")
    {
        Description = $"Folder in which the run folder <game>-<core>-fs<k>-<time> is created. Default {Defaults.RunsDirectory}.",
        HelpName = "folder",
    };

    /// <summary><c>--resume</c>.</summary>
    public Option<string> Resume { get; } = new("--resume")
    {
        Description = "Continue the run in this run folder from its last checkpoint (counters, optimiser state, curves).",
        HelpName = "run-folder",
    };

    /// <summary><c>--config</c>.</summary>
    public Option<string> Config { get; } = new("--config")
    {
        Description = "JSON settings file (same fields as a run's config.json); options given here override it.",
        HelpName = "file.json",
    };

    /// <summary><c>--sticky</c>.</summary>
    public Option<double> Sticky { get; } = new("--sticky")
    {
        Description = $"Sticky-action probability (the emulator repeats the previous action). Default {Defaults.StickyActionProbability}.",
        HelpName = "p",
    };

    /// <summary><c>--eval-every</c>.</summary>
    public Option<long> EvaluateEvery { get; } = new("--eval-every")
    {
        Description = $"Emulator frames between greedy evaluation episodes. Default {Defaults.EvaluateEveryFrames:N0}.",
        HelpName = "frames",
    };

    /// <summary><c>--checkpoint-minutes</c>.</summary>
    public Option<double> CheckpointMinutes { get; } = new("--checkpoint-minutes")
    {
        Description = $"Minutes between checkpoints; a kill loses at most this much training. Default {Defaults.CheckpointMinutes}.",
        HelpName = "minutes",
    };

    /// <summary>Adds the argument and every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        Core.AcceptOnlyFromAmong([.. TrainSettings.CoreNames]);
        Encoder.AcceptOnlyFromAmong([.. TrainSettings.EncoderNames]);
        command.Arguments.Add(Game);
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// The settings of this invocation: those of <c>--resume</c>'s run or <c>--config</c>'s file (or the defaults),
    /// overridden by the options given, validated. A resumed run may only change its limits.
    /// </summary>
    /// <exception cref="UserInputException">A value is invalid, or an option conflicts with <c>--resume</c>.</exception>
    public TrainSettings Resolve(ParseResult parse)
    {
        var resume = parse.GetValue(Resume);
        var config = parse.GetValue(Config);
        TrainSettings baseline;
        if (resume is not null)
        {
            if (config is not null)
            {
                throw new UserInputException("--config cannot be used with --resume: a resumed run keeps its own config.json.");
            }

            baseline = TrainSettingsFile.Load(RunFolder.OpenExisting(resume).ConfigFile);
            var game = parse.GetValue(Game);
            if (game is not null && game != baseline.Game)
            {
                throw new UserInputException($"<game> is {game}, but the run in {resume} trains {baseline.Game}.");
            }

            foreach (var fixedOption in FixedOnResume.Where(option => IsGiven(parse, option)))
            {
                throw new UserInputException($"{fixedOption.Name} cannot change when resuming; only --max-frames and --max-minutes can.");
            }
        }
        else
        {
            baseline = config is null ? new TrainSettings() : TrainSettingsFile.Load(config);
        }

        var settings = baseline with
        {
            Game = parse.GetValue(Game) ?? baseline.Game,
            Core = Given(parse, Core, baseline.Core),
            Encoder = Given(parse, Encoder, baseline.Encoder),
            LstmSize = IsGiven(parse, LstmSize) ? parse.GetValue(LstmSize) : baseline.LstmSize,
            LearningRate = Given(parse, LearningRate, baseline.LearningRate),
            FrameSkip = Given(parse, FrameSkip, baseline.FrameSkip),
            Workers = Given(parse, Workers, baseline.Workers),
            Seed = Given(parse, Seed, baseline.Seed),
            MaxFrames = IsGiven(parse, MaxFrames) ? parse.GetValue(MaxFrames) : baseline.MaxFrames,
            MaxMinutes = IsGiven(parse, MaxMinutes) ? parse.GetValue(MaxMinutes) : baseline.MaxMinutes,
            Rom = IsGiven(parse, Rom) ? parse.GetValue(Rom) : baseline.Rom,
            RomDirectory = IsGiven(parse, RomDirectory) ? parse.GetValue(RomDirectory) : baseline.RomDirectory,
            RunsDirectory = Given(parse, RunsDirectory, baseline.RunsDirectory),
            StickyActionProbability = Given(parse, Sticky, baseline.StickyActionProbability),
            EvaluateEveryFrames = Given(parse, EvaluateEvery, baseline.EvaluateEveryFrames),
            CheckpointMinutes = Given(parse, CheckpointMinutes, baseline.CheckpointMinutes),
        };
        settings.Validate();
        return settings;
    }

    private IEnumerable<Option> All =>
    [
        Core, Encoder, LstmSize, LearningRate, FrameSkip, Workers, Seed, MaxFrames, MaxMinutes, Rom, RomDirectory, RunsDirectory, Resume, Config,
        Sticky, EvaluateEvery, CheckpointMinutes,
    ];

    private IEnumerable<Option> FixedOnResume =>
        [Core, Encoder, LstmSize, LearningRate, FrameSkip, Workers, Seed, RunsDirectory, Sticky, EvaluateEvery, CheckpointMinutes];

    private static bool IsGiven(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    private static T Given<T>(ParseResult parse, Option<T> option, T fallback) =>
        IsGiven(parse, option) ? parse.GetValue(option)! : fallback;
}
