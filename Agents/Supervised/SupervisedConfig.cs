namespace SamRL.Agents.Supervised;

/// <summary>
/// Everything that defines a supervised run. <see cref="ForTask"/> gives the authors' settings for a task; every
/// field can then be changed.
/// </summary>
public sealed record SupervisedConfig
{
    /// <summary>The task name (<see cref="SupervisedTasks.Names"/>).</summary>
    public required string Task { get; init; }

    /// <summary>Associative retrieval's length (30 or 50); null for other tasks.</summary>
    public int? Length { get; init; }

    /// <summary>Convex hull's and TSP's point count (5 or 10); null for other tasks.</summary>
    public int? Points { get; init; }

    /// <summary>Nth-farthest's vector count (default 8); null for other tasks.</summary>
    public int? Vectors { get; init; }

    /// <summary>Nth-farthest's vector dimension (default 16); null for other tasks.</summary>
    public int? Dimension { get; init; }

    /// <summary>The model.</summary>
    public SequenceModelKind Model { get; init; } = SequenceModelKind.Stm;

    /// <summary>STM ablations over the task's preset (ignored by the baselines).</summary>
    public StmVariant Stm { get; init; } = new();

    /// <summary>Sequences per iteration.</summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>Learning rate of the task's optimiser (until <see cref="LearningRateDecayStart"/>).</summary>
    public double LearningRate { get; init; } = 1e-4;

    /// <summary>
    /// The iteration from which the learning rate falls along a half cosine from <see cref="LearningRate"/> towards 0
    /// at <see cref="MaxIterations"/>; null keeps it constant (the authors' protocol).
    /// </summary>
    public long? LearningRateDecayStart { get; init; }

    /// <summary>Seed of the model's initialisation, the training batches and the epoch orders.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Training iterations; the run tests its best model when it reaches them.</summary>
    public long MaxIterations { get; init; } = 50_000;

    /// <summary>Minutes of training (resumed sessions included) after which the run stops and tests; null = no limit.</summary>
    public double? MaxMinutes { get; init; }

    /// <summary>Iterations between validations (each also writes the checkpoint).</summary>
    public long EvaluateEvery { get; init; } = 1_000;

    /// <summary>
    /// Minutes of training between checkpoints written besides the validations' (10): a killed run loses at most this
    /// much, however long its validation interval (an associative-retrieval epoch takes about half an hour here).
    /// </summary>
    public double CheckpointMinutes { get; init; } = 10;

    /// <summary>The learning rate of the update made at (0-based) <paramref name="iteration"/>.</summary>
    public double LearningRateAt(long iteration)
    {
        if (LearningRateDecayStart is not { } start || iteration < start) return LearningRate;
        double progress = (double)(iteration - start) / (MaxIterations - start);
        return LearningRate * 0.5 * (1 + Math.Cos(Math.PI * Math.Min(progress, 1)));
    }

    /// <summary>
    /// Whether the first <paramref name="iterations"/> updates had the same learning rates under <paramref name="other"/>:
    /// a resumed run may change its schedule only for updates it has not made yet.
    /// </summary>
    public bool SameLearningRatesBefore(SupervisedConfig other, long iterations)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (LearningRate != other.LearningRate) return false;
        bool decayedYet = LearningRateDecayStart < iterations, otherDecayedYet = other.LearningRateDecayStart < iterations;
        if (!decayedYet && !otherDecayedYet) return true;
        return LearningRateDecayStart == other.LearningRateDecayStart && MaxIterations == other.MaxIterations;
    }

    /// <summary>The authors' settings for <paramref name="task"/> (SAM_STM_REFERENCE §4).</summary>
    public static SupervisedConfig ForTask(
        string task, int? length = null, int? points = null, SequenceModelKind model = SequenceModelKind.Stm, int? vectors = null, int? dimension = null)
    {
        var protocol = SupervisedTasks.Create(task, length, points, vectors, dimension).Protocol;
        return new SupervisedConfig
        {
            Task = task,
            Length = length,
            Points = points,
            Vectors = vectors,
            Dimension = dimension,
            Model = model,
            BatchSize = protocol.BatchSize,
            LearningRate = protocol.LearningRate,
            MaxIterations = protocol.Iterations,
            EvaluateEvery = protocol.EvaluateEvery,
        };
    }

    /// <summary>Checks the numbers; throws an <see cref="ArgumentException"/> naming the first bad field.</summary>
    public void Validate()
    {
        if (BatchSize < 1) throw new ArgumentException($"{nameof(BatchSize)} must be at least 1; got {BatchSize}", nameof(BatchSize));
        if (!(LearningRate > 0 && double.IsFinite(LearningRate))) throw new ArgumentException($"{nameof(LearningRate)} must be positive; got {LearningRate}", nameof(LearningRate));
        if (MaxIterations < 1) throw new ArgumentException($"{nameof(MaxIterations)} must be at least 1; got {MaxIterations}", nameof(MaxIterations));
        if (MaxMinutes is { } minutes && !(minutes > 0 && double.IsFinite(minutes))) throw new ArgumentException($"{nameof(MaxMinutes)} must be positive; got {minutes}", nameof(MaxMinutes));
        if (LearningRateDecayStart is { } start && !(start >= 0 && start < MaxIterations))
        {
            throw new ArgumentException($"{nameof(LearningRateDecayStart)} must be in [0, {nameof(MaxIterations)} = {MaxIterations}); got {start}", nameof(LearningRateDecayStart));
        }

        if (EvaluateEvery < 1) throw new ArgumentException($"{nameof(EvaluateEvery)} must be at least 1; got {EvaluateEvery}", nameof(EvaluateEvery));
        if (!(CheckpointMinutes > 0 && double.IsFinite(CheckpointMinutes)))
        {
            throw new ArgumentException($"{nameof(CheckpointMinutes)} must be positive; got {CheckpointMinutes}", nameof(CheckpointMinutes));
        }
    }
}
