namespace SamRL.Environments.Core;

/// <summary>The undiscounted return and the length (agent steps) of one finished episode.</summary>
/// <param name="Return">Sum of the rewards of the episode's steps, as the environment reported them.</param>
/// <param name="Length">Number of agent steps of the episode.</param>
public readonly record struct EpisodeStatistics(double Return, long Length);
