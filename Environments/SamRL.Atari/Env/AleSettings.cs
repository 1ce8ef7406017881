namespace SamRL.Atari.Env;

/// <summary>
/// The ALE settings an <see cref="AleInterface"/> takes (names as ALE's <c>setInt</c>/<c>setFloat</c> keys).
/// Defaults are ALE 0.12's C++ defaults.
/// </summary>
public sealed record AleSettings
{
    /// <summary>
    /// Sticky actions: the chance that a frame keeps the previous frame's action (repeat_action_probability, 0.25).
    /// ALE stores it as a float, so it is used rounded to the nearest float.
    /// </summary>
    public double RepeatActionProbability { get; init; } = 0.25;

    /// <summary>Seed of the environment RNG that decides sticky actions (random_seed, 0).</summary>
    public uint RandomSeed { get; init; }

    /// <summary>Frames after which an episode is truncated; 0 = no limit (max_num_frames_per_episode, 0).</summary>
    public long MaxNumFramesPerEpisode { get; init; }

    /// <summary>Game mode applied at every reset; null = the game's default mode.</summary>
    public int? Mode { get; init; }

    /// <summary>Difficulty (bit 0 = left switch A, bit 1 = right switch A); null = the game's default.</summary>
    public int? Difficulty { get; init; }

    /// <summary>Truncate the episode once fewer lives are left than at its start (truncate_on_loss_of_life, false).</summary>
    public bool TruncateOnLossOfLife { get; init; }
}
