namespace SamRL.Runner.Runs;

/// <summary>What a resumed run keeps of its metrics: the frames of the checkpoint it continues from, and its curve.</summary>
/// <param name="CheckpointFrames">Frames of the last checkpoint recorded in metrics.csv (0 when none).</param>
/// <param name="Evaluations">The evaluation episodes logged before that checkpoint, in order.</param>
/// <param name="LaterEvaluations">
/// Evaluation rows logged after that checkpoint row, removed from the file. The trainer reports an evaluation
/// episode a moment after it counts it, so a checkpoint can hold episodes whose rows come after its own row; the
/// resumed run's first episode number tells which of these belong to the checkpoint (see <see cref="Restorable"/>).
/// </param>
public sealed record ResumedMetrics(
    long CheckpointFrames, IReadOnlyList<EvaluationPoint> Evaluations, IReadOnlyList<LoggedEvaluation> LaterEvaluations)
{
    /// <summary>A new run's empty history.</summary>
    public static ResumedMetrics None { get; } = new(0, [], []);

    /// <summary>The removed rows that the checkpoint counted, given the number of the resumed run's first episode.</summary>
    public IEnumerable<LoggedEvaluation> Restorable(long firstResumedEpisode) =>
        LaterEvaluations.Where(row => row.Point.Episode < firstResumedEpisode);
}
