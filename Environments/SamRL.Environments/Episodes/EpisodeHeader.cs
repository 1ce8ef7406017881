using System.Text;

namespace SamRL.Environments.Episodes;

/// <summary>
/// What an episode file says about how its episode was produced — enough to rebuild the environment and
/// re-simulate it: the environment id and settings, the seeds, the ROM and the agent.
/// </summary>
public sealed record EpisodeHeader
{
    /// <summary>Registry id of the environment, e.g. <c>PongNoFrameskip-v4</c> or <c>SamRL/Copy-v0</c>.</summary>
    public required string EnvironmentId { get; init; }

    /// <summary>Emulator frames per agent step (0 and 1 both mean every frame).</summary>
    public int FrameSkip { get; init; }

    /// <summary>Probability that the emulator repeats the previous action instead of the agent's (ALE sticky actions).</summary>
    public double StickyActionProbability { get; init; }

    /// <summary>Seed passed to the environment's <c>Reset</c> at the start of the episode.</summary>
    public ulong EnvironmentSeed { get; init; }

    /// <summary>Seed of the agent's own random choices (action sampling); informational for replay.</summary>
    public ulong AgentSeed { get; init; }

    /// <summary>MD5 of the ROM as 32 lower-case hex digits, or empty for environments without a ROM.</summary>
    public string RomMd5 { get; init; } = "";

    /// <summary>Which agent produced the episode (e.g. <c>a3c-stm</c>); empty when not recorded.</summary>
    public string AgentId { get; init; } = "";

    /// <summary>Which checkpoint of that agent (e.g. a file name or step count); empty when not recorded.</summary>
    public string CheckpointId { get; init; } = "";

    /// <summary>Steps between state checksums (also the writer's flush interval).</summary>
    public int ChecksumInterval { get; init; } = 100;

    /// <summary>
    /// Whether the checkpoints carry the environment's <see cref="IStateChecksum"/> values; false when the
    /// environment has none and the checkpoints only delimit CRC segments.
    /// </summary>
    public bool HasStateChecksums { get; init; } = true;

    /// <summary>Other environment settings needed to rebuild it (full action space, difficulty, mode, ...).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Checks every field against the format's limits.</summary>
    /// <exception cref="ArgumentException">A field is out of range; the message names it.</exception>
    public void Validate()
    {
        CheckString(EnvironmentId, nameof(EnvironmentId));
        if (EnvironmentId.Length == 0)
        {
            throw new ArgumentException("EnvironmentId: expected a non-empty environment id.", nameof(EnvironmentId));
        }

        if (FrameSkip < 0)
        {
            throw new ArgumentException($"FrameSkip: expected 0 or more, got {FrameSkip}.", nameof(FrameSkip));
        }

        if (!(StickyActionProbability >= 0 && StickyActionProbability <= 1))
        {
            throw new ArgumentException($"StickyActionProbability: expected a probability in [0, 1], got {StickyActionProbability}.", nameof(StickyActionProbability));
        }

        CheckString(RomMd5, nameof(RomMd5));
        if (RomMd5.Length != 0 && (RomMd5.Length != 32 || !RomMd5.All(char.IsAsciiHexDigitLower)))
        {
            throw new ArgumentException($"RomMd5: expected 32 lower-case hex digits or nothing, got '{RomMd5}'.", nameof(RomMd5));
        }

        CheckString(AgentId, nameof(AgentId));
        CheckString(CheckpointId, nameof(CheckpointId));
        if (ChecksumInterval < 1 || ChecksumInterval > EpisodeFormat.MaxChecksumInterval)
        {
            throw new ArgumentException($"ChecksumInterval: expected 1..{EpisodeFormat.MaxChecksumInterval} steps, got {ChecksumInterval}.", nameof(ChecksumInterval));
        }

        ArgumentNullException.ThrowIfNull(Settings, nameof(Settings));
        if (Settings.Count > EpisodeFormat.MaxSettings)
        {
            throw new ArgumentException($"Settings: expected at most {EpisodeFormat.MaxSettings} entries, got {Settings.Count}.", nameof(Settings));
        }

        foreach (var (key, value) in Settings)
        {
            CheckString(key, $"{nameof(Settings)} key");
            CheckString(value, $"{nameof(Settings)}[{key}]");
        }
    }

    private static void CheckString(string? value, string field)
    {
        if (value is null)
        {
            throw new ArgumentException($"{field}: expected a string, got null.", field);
        }

        if (Encoding.UTF8.GetByteCount(value) > EpisodeFormat.MaxStringBytes)
        {
            throw new ArgumentException($"{field}: expected at most {EpisodeFormat.MaxStringBytes} UTF-8 bytes.", field);
        }
    }
}
