namespace SamRL.Agents.A3C;

/// <summary>
/// The content of an evaluation episode file (JSON): enough to replay the episode in the environment the run's
/// factory builds for the evaluation index (reset with <paramref name="EnvironmentSeed"/>, then the actions).
/// </summary>
/// <param name="Index">1-based evaluation episode number.</param>
/// <param name="TrainingFrames">Training frames when the episode started.</param>
/// <param name="EnvironmentSeed">The seed passed to the environment's <c>Reset</c>.</param>
/// <param name="Reward">The episode's unclipped reward.</param>
/// <param name="Steps">Agent steps.</param>
/// <param name="Truncated">Whether the episode was cut before it terminated.</param>
/// <param name="Actions">The action of every step.</param>
/// <param name="Rewards">The unclipped reward of every step.</param>
public sealed record EvaluationEpisodeRecord(
    long Index,
    long TrainingFrames,
    ulong EnvironmentSeed,
    double Reward,
    long Steps,
    bool Truncated,
    int[] Actions,
    double[] Rewards);
