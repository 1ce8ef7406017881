namespace SamRL.Agents.A3C;

/// <summary>One greedy evaluation episode (the points of the paper's curves, SAM_STM_REFERENCE §3.7).</summary>
/// <param name="Index">1-based number of the evaluation episode in the run (the paper's x-axis, "number of games").</param>
/// <param name="Reward">The episode's unclipped reward.</param>
/// <param name="MovingAverage">Mean reward of the last (up to) <see cref="A3CConfig.MovingAverageWindow"/> evaluation episodes, this one included.</param>
/// <param name="Steps">Agent steps of the episode.</param>
/// <param name="CumulativeSteps">Agent steps of all evaluation episodes so far (the authors' x-axis of <c>avg_reward</c>).</param>
/// <param name="TrainingFrames">Training frames when the episode started (the weights it played with).</param>
/// <param name="Truncated">Whether the episode was cut at <see cref="A3CConfig.EvaluationMaxSteps"/> or by the environment's time limit.</param>
/// <param name="IsBest">Whether the episode set a new best reward (its weights were saved as the best model).</param>
/// <param name="EpisodeFile">The file the episode's actions and rewards were written to.</param>
public readonly record struct EvaluationEpisode(
    long Index,
    double Reward,
    double MovingAverage,
    long Steps,
    long CumulativeSteps,
    long TrainingFrames,
    bool Truncated,
    bool IsBest,
    string EpisodeFile)
{
    /// <summary>
    /// The episode in SamRL's episode-file format (with the environment's state checksums, for verified replay), when
    /// the trainer was given an evaluation episode header; null otherwise.
    /// </summary>
    public string? RecordingFile { get; init; }
}
