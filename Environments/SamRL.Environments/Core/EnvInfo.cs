namespace SamRL.Environments.Core;

/// <summary>
/// The info of a reset or step: typed counters (the Gymnasium/ALE keys) plus optional extras.
/// A value type, so the common path allocates nothing; wrappers change fields with <c>with</c>.
/// </summary>
public readonly record struct EnvInfo
{
    /// <summary>Lives left, as ALE's <c>lives()</c>; 0 for games without lives and for non-Atari environments.</summary>
    public int Lives { get; init; }

    /// <summary>Emulator frames since the start of the current episode (ALE <c>episode_frame_number</c>).</summary>
    public long EpisodeFrameNumber { get; init; }

    /// <summary>Emulator frames since the environment was created (ALE <c>frame_number</c>).</summary>
    public long FrameNumber { get; init; }

    /// <summary>
    /// Set on the step that ends an episode by <see cref="SamRL.Environments.Wrappers.EpisodeStatisticsWrapper{TObservation, TAction}"/>:
    /// the undiscounted return and length of the episode that just ended; <c>null</c> otherwise.
    /// </summary>
    public EpisodeStatistics? Episode { get; init; }

    /// <summary>
    /// Environment-specific values that have no typed field (for example a task's target). <c>null</c> in the
    /// common path; environments that use it should reuse one dictionary rather than allocate per step.
    /// </summary>
    public IReadOnlyDictionary<string, object>? Extras { get; init; }
}
