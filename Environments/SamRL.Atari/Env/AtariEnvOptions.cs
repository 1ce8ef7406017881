namespace SamRL.Atari.Env;

/// <summary>
/// Settings of an <see cref="AtariEnv"/>, as Gymnasium's <c>AtariEnv</c> constructor takes them; the defaults are that
/// constructor's (frame skip 4, sticky actions 0.25, minimal action set, no frame limit, RGB). <see cref="V5"/> and
/// <see cref="NoFrameskipV4"/> are the registered presets (ALE_REFERENCE §10).
/// </summary>
public sealed record AtariEnvOptions
{
    /// <summary>The <c>ALE/&lt;Game&gt;-v5</c> preset: frame skip 4, sticky actions 0.25, 108,000-frame limit.</summary>
    public static AtariEnvOptions V5 { get; } = new() { MaxNumFramesPerEpisode = 108_000 };

    /// <summary>The <c>&lt;Game&gt;NoFrameskip-v4</c> preset: frame skip 1, no sticky actions, 108,000-frame limit.</summary>
    public static AtariEnvOptions NoFrameskipV4 { get; } = new() { FrameSkip = 1, RepeatActionProbability = 0, MaxNumFramesPerEpisode = 108_000 };

    /// <summary>What each observation holds.</summary>
    public AtariObservationType ObservationType { get; init; } = AtariObservationType.Rgb;

    /// <summary>Emulator frames per step, the action repeated and the rewards summed (at least 1).</summary>
    public int FrameSkip { get; init; } = 4;

    /// <summary>Chance per frame that the previous frame's action is kept (sticky actions), in [0, 1].</summary>
    public double RepeatActionProbability { get; init; } = 0.25;

    /// <summary>Use all 18 actions instead of the game's minimal set.</summary>
    public bool FullActionSpace { get; init; }

    /// <summary>Frames after which an episode is truncated; 0 = no limit.</summary>
    public long MaxNumFramesPerEpisode { get; init; }

    /// <summary>Game mode; null = the game's default.</summary>
    public int? Mode { get; init; }

    /// <summary>Difficulty; null = the game's default.</summary>
    public int? Difficulty { get; init; }

    /// <summary>Truncate the episode when a life is lost.</summary>
    public bool TruncateOnLossOfLife { get; init; }
}
