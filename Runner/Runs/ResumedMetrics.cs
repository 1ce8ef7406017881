namespace SamRL.Runner.Runs;

/// <summary>What a resumed run keeps of its metrics: the frames of the checkpoint it continues from, and its curve.</summary>
/// <param name="CheckpointFrames">Frames of the last checkpoint recorded in metrics.csv (0 when none).</param>
/// <param name="Evaluations">The evaluation episodes logged before that checkpoint, in order.</param>
public sealed record ResumedMetrics(long CheckpointFrames, IReadOnlyList<EvaluationPoint> Evaluations);
