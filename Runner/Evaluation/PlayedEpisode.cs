namespace SamRL.Runner.Evaluation;

/// <summary>One greedy episode.</summary>
/// <param name="Seed">The seed the environment was reset with.</param>
/// <param name="Reward">Total unclipped reward.</param>
/// <param name="Steps">Agent steps taken.</param>
/// <param name="Truncated">True when the step cap ended the episode before the game did.</param>
public sealed record PlayedEpisode(ulong Seed, double Reward, int Steps, bool Truncated);
