namespace SamRL.Agents.A3C;

/// <summary>The evaluator's counters and reward window, as saved in checkpoints.</summary>
/// <param name="Episodes">Evaluation episodes played.</param>
/// <param name="CumulativeSteps">Agent steps of all evaluation episodes.</param>
/// <param name="RecentRewards">Rewards of the last (up to) <see cref="A3CConfig.MovingAverageWindow"/> episodes, oldest first.</param>
/// <param name="BestReward">Best episode reward (NaN before the first episode).</param>
/// <param name="NextEvaluationFrames">Training frames at which the next evaluation starts.</param>
/// <param name="RngState">The evaluator's RNG state (it draws the evaluation environments' seeds).</param>
internal sealed record EvaluationState(
    long Episodes,
    long CumulativeSteps,
    double[] RecentRewards,
    double BestReward,
    long NextEvaluationFrames,
    ulong[] RngState);
