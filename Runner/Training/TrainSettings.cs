using System.Text.Json.Serialization;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Training;

/// <summary>
/// The settings of a training run that the command line and a <c>--config</c> file can set. Every field has a
/// default that works; the resolved settings are saved as the run's <c>config.json</c>, which is also a valid
/// <c>--config</c> file and what <c>--resume</c> continues with.
/// </summary>
public sealed record TrainSettings
{
    /// <summary>The Atari game (ALE ROM name, e.g. <c>pong</c>) or a registered environment id (e.g. <c>SamRL/Copy-v0</c>).</summary>
    public string? Game { get; init; }

    /// <summary>Recurrent core: <c>stm</c> (the paper's LSTM-256 → STM agent, default) or <c>lstm</c> (the LSTM-512 baseline).</summary>
    public string Core { get; init; } = "stm";

    /// <summary>
    /// Observation encoder for Atari games: <c>atari80</c> (the authors' four convolutions with max-pooling on one 80×80
    /// frame, default) or <c>universe42</c> (universe-starter-agent's four stride-2 convolutions on one 42×42 frame,
    /// several times cheaper per step; <c>bench agent</c> times both). Registered environments pick the encoder that fits
    /// their observations.
    /// </summary>
    public string Encoder { get; init; } = "atari80";

    /// <summary>LSTM width; null takes the paper's (256 before STM, 512 for the LSTM baseline).</summary>
    public int? LstmSize { get; init; }

    /// <summary>Learning rate of the shared Adam optimiser (default 1e-4, the authors').</summary>
    public double LearningRate { get; init; } = 1e-4;

    /// <summary>Emulator frames per agent step; 0 observes every frame, like 1 (default 4, the authors' default).</summary>
    public int FrameSkip { get; init; } = 4;

    /// <summary>Training worker threads (default 32, the authors'; at most one per core computes at a time).</summary>
    public int Workers { get; init; } = 32;

    /// <summary>Seed of the run (default 1, the authors'); worker k uses seed + k.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Stop after this many emulator frames (default: no limit).</summary>
    public long? MaxFrames { get; init; }

    /// <summary>Stop after this many minutes of training (default: no limit; Ctrl+C stops and checkpoints too).</summary>
    public double? MaxMinutes { get; init; }

    /// <summary>An explicit ROM file (default: found by ROM discovery).</summary>
    public string? Rom { get; init; }

    /// <summary>A folder searched for ROMs before the standard places (default: none).</summary>
    public string? RomDirectory { get; init; }

    /// <summary>The folder the run folder is created in (default <c>runs</c>).</summary>
    public string RunsDirectory { get; init; } = "runs";

    /// <summary>Probability that the emulator repeats the previous action (default 0, as the authors' v4 environments).</summary>
    public double StickyActionProbability { get; init; }

    /// <summary>Emulator frames between greedy evaluation episodes (default 100,000).</summary>
    public long EvaluateEveryFrames { get; init; } = 100_000;

    /// <summary>Minutes between periodic checkpoints (default 10); Ctrl+C and the end of the run also checkpoint.</summary>
    public double CheckpointMinutes { get; init; } = 10;

    /// <summary>The two core names accepted by <see cref="Core"/>.</summary>
    [JsonIgnore]
    public static IReadOnlyList<string> CoreNames { get; } = ["stm", "lstm"];

    /// <summary>The encoder names accepted by <see cref="Encoder"/>.</summary>
    [JsonIgnore]
    public static IReadOnlyList<string> EncoderNames { get; } = ["atari80", "universe42"];

    /// <summary>Checks every field; throws a <see cref="UserInputException"/> naming the option and what it expects.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Game))
        {
            throw Bad("<game>", "game", Game, "a game name such as pong, or an environment id");
        }

        if (!CoreNames.Contains(Core))
        {
            throw Bad("--core", "core", Core, "stm or lstm");
        }

        if (!EncoderNames.Contains(Encoder))
        {
            throw Bad("--encoder", "encoder", Encoder, "atari80 or universe42");
        }

        if (LstmSize is < 1)
        {
            throw Bad("--lstm-size", "lstmSize", LstmSize, "a positive number of units");
        }

        if (!(LearningRate > 0 && double.IsFinite(LearningRate)))
        {
            throw Bad("--lr", "learningRate", LearningRate, "a positive learning rate");
        }

        if (FrameSkip < 0)
        {
            throw Bad("--frameskip", "frameSkip", FrameSkip, "0 (every frame) or a positive number of frames");
        }

        if (Workers < 1)
        {
            throw Bad("--workers", "workers", Workers, "at least 1");
        }

        if (MaxFrames is <= 0)
        {
            throw Bad("--max-frames", "maxFrames", MaxFrames, "a positive number of frames");
        }

        if (MaxMinutes is { } minutes && !(minutes > 0 && double.IsFinite(minutes)))
        {
            throw Bad("--max-minutes", "maxMinutes", MaxMinutes, "a positive number of minutes");
        }

        if (!(StickyActionProbability is >= 0 and <= 1))
        {
            throw Bad("--sticky", "stickyActionProbability", StickyActionProbability, "a probability from 0 to 1");
        }

        if (EvaluateEveryFrames < 1)
        {
            throw Bad("--eval-every", "evaluateEveryFrames", EvaluateEveryFrames, "a positive number of frames");
        }

        if (!(CheckpointMinutes > 0 && double.IsFinite(CheckpointMinutes)))
        {
            throw Bad("--checkpoint-minutes", "checkpointMinutes", CheckpointMinutes, "a positive number of minutes");
        }

        if (string.IsNullOrWhiteSpace(RunsDirectory))
        {
            throw Bad("--run-dir", "runsDirectory", RunsDirectory, "a folder");
        }
    }

    private static UserInputException Bad(string option, string field, object? value, string expected) =>
        new($"{option} (config field \"{field}\") is {value?.ToString() ?? "missing"}; expected {expected}.");
}
