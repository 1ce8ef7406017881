namespace SamRL.Agents.Supervised;

/// <summary>
/// The counters of a supervised run that a checkpoint carries besides the tensors: with them and the training
/// generator's state a resumed run continues exactly (same batches, same logging intervals, same best model).
/// </summary>
public sealed record TrainerState
{
    /// <summary>The run's settings.</summary>
    public required SupervisedConfig Config { get; init; }

    /// <summary>Iterations done.</summary>
    public long Iteration { get; init; }

    /// <summary>Training sequences seen.</summary>
    public long Examples { get; init; }

    /// <summary>Training time so far, in seconds.</summary>
    public double ElapsedSeconds { get; init; }

    /// <summary>The training batch generator's xoshiro state (four words).</summary>
    public ulong[] Rng { get; init; } = [];

    /// <summary>Sum of the training losses of the open logging interval.</summary>
    public double IntervalLoss { get; init; }

    /// <summary>Sum of the training metrics of the open logging interval.</summary>
    public double IntervalMetric { get; init; }

    /// <summary>Iterations in the open logging interval.</summary>
    public int IntervalIterations { get; init; }

    /// <summary>The best validation metric so far, or null before the first validation.</summary>
    public double? BestValidation { get; init; }

    /// <summary>The iteration of the best validation.</summary>
    public long BestIteration { get; init; }

    /// <summary>The iteration of the latest validation (−1 before the first).</summary>
    public long LastValidation { get; init; } = -1;
}
