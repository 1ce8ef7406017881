namespace SamRL.Runner.Runs;

/// <summary>One evaluation episode on the reward curve.</summary>
/// <param name="Episode">Evaluation episode number, from 1.</param>
/// <param name="Reward">Total (unclipped) reward of the episode.</param>
/// <param name="AverageReward100">Mean reward of the last 100 evaluation episodes, this one included.</param>
public readonly record struct EvaluationPoint(long Episode, double Reward, double AverageReward100);
