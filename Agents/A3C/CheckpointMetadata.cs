namespace SamRL.Agents.A3C;

/// <summary>The JSON part of a checkpoint file: how to rebuild the model and where the run stood.</summary>
internal sealed record CheckpointMetadata
{
    public required A3CConfig Config { get; init; }

    public required int[] ObservationShape { get; init; }

    public required int ActionCount { get; init; }

    /// <summary>False for best-model files, which hold the weights only.</summary>
    public required bool HasTrainingState { get; init; }

    public long AgentSteps { get; init; }

    public long Updates { get; init; }

    public long TrainingEpisodes { get; init; }

    public double ElapsedSeconds { get; init; }

    public long[] OptimizerSteps { get; init; } = [];

    public ulong[][] WorkerRngStates { get; init; } = [];

    public EvaluationState? Evaluation { get; init; }
}
