namespace SamRL.Environments.Episodes;

/// <summary>An episode file read back: the header, the steps and the state checksums.</summary>
public sealed class EpisodeRecording
{
    internal EpisodeRecording(
        EpisodeHeader header, IReadOnlyList<EpisodeStep> steps, IReadOnlyList<EpisodeCheckpoint> checkpoints,
        long verifiedStepCount, bool isComplete, bool terminated, bool truncated)
    {
        Header = header;
        Steps = steps;
        Checkpoints = checkpoints;
        VerifiedStepCount = verifiedStepCount;
        IsComplete = isComplete;
        Terminated = terminated;
        Truncated = truncated;
    }

    /// <summary>How the episode was produced.</summary>
    public EpisodeHeader Header { get; }

    /// <summary>Every whole step record in the file, in order.</summary>
    public IReadOnlyList<EpisodeStep> Steps { get; }

    /// <summary>The state checksums, in step order.</summary>
    public IReadOnlyList<EpisodeCheckpoint> Checkpoints { get; }

    /// <summary>
    /// How many of <see cref="Steps"/> are covered by a verified CRC. Steps after the last checkpoint of a
    /// file cut off by a crash are returned but not covered.
    /// </summary>
    public long VerifiedStepCount { get; }

    /// <summary>The file ends with an end record: the episode was finished and the file closed properly.</summary>
    public bool IsComplete { get; }

    /// <summary>The episode ended in a terminal state (only meaningful when <see cref="IsComplete"/>).</summary>
    public bool Terminated { get; }

    /// <summary>The episode was cut short by a time limit (only meaningful when <see cref="IsComplete"/>).</summary>
    public bool Truncated { get; }

    /// <summary>Sum of the recorded rewards.</summary>
    public double TotalReward => Steps.Sum(s => s.Reward);
}
