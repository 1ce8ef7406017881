namespace SamRL.Agents.Babi;

/// <summary>
/// The JSON part of a bAbI checkpoint: the model's sizes and the tasks (to rebuild the model and check the data),
/// and, in a full checkpoint, the counters, learning-rate state, best validation error, batch schedule and the
/// optimiser's step counts.
/// </summary>
public sealed record BabiCheckpointState
{
    /// <summary>The model's sizes.</summary>
    public required BabiModelOptions Model { get; init; }

    /// <summary>The task numbers trained on, ascending.</summary>
    public required int[] Tasks { get; init; }

    /// <summary>Training iterations done.</summary>
    public long Iteration { get; init; }

    /// <summary>Training questions seen.</summary>
    public long Examples { get; init; }

    /// <summary>Training time so far, every session included.</summary>
    public double ElapsedSeconds { get; init; }

    /// <summary>The learning rate in use.</summary>
    public double LearningRate { get; init; }

    /// <summary>Whether the one-time learning-rate decay has fired.</summary>
    public bool DecayDone { get; init; }

    /// <summary>Best mean validation error so far (a fraction); null before the first validation.</summary>
    public double? BestValidError { get; init; }

    /// <summary>The iteration of the last validation pass (−1 before the first).</summary>
    public long LastValidationIteration { get; init; } = -1;

    /// <summary>The batch schedule; null in a best-model file, which holds only weights.</summary>
    public BabiScheduleState? Schedule { get; init; }

    /// <summary>Per trainable parameter, the optimiser's step count (empty in a best-model file).</summary>
    public long[] OptimizerSteps { get; init; } = [];
}
