namespace SamRL.Environments.Episodes;

/// <summary>One recorded agent step.</summary>
/// <param name="Action">The action the agent chose.</param>
/// <param name="Reward">The reward the environment returned for it.</param>
public readonly record struct EpisodeStep(int Action, double Reward);
