namespace SamRL.Agents.Babi;

/// <summary>
/// Joint bAbI training settings. Defaults are the authors' (<c>config_all.json</c> and <c>run_all_babi.py</c>,
/// SAM_STM_REFERENCE §5.3): 500 epochs of batch 128, Adam lr 6e-4 with β = (0.9, 0.99), gradient global-norm clip 5,
/// the learning rate halved once when the validation loss first drops below 0.1, seed 0.
/// </summary>
public sealed record BabiTrainingConfig
{
    /// <summary>Epochs to train (an epoch is as many iterations as training batches over the tasks).</summary>
    public int Epochs { get; init; } = 500;

    /// <summary>Stop after this many iterations in total (resumed sessions included); null for no limit.</summary>
    public long? MaxIterations { get; init; }

    /// <summary>Stop after this much training time in total (resumed sessions included); null for no limit.</summary>
    public double? MaxMinutes { get; init; }

    /// <summary>Questions per training batch.</summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>Adam's initial learning rate.</summary>
    public double LearningRate { get; init; } = 6e-4;

    /// <summary>Adam's β1.</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>Adam's β2.</summary>
    public double Beta2 { get; init; } = 0.99;

    /// <summary>The gradients' global L2 norm is clipped to this.</summary>
    public double GradientClipNorm { get; init; } = 5;

    /// <summary>The learning rate is multiplied by <see cref="DecayFactor"/> once, when the validation loss first drops below this.</summary>
    public double DecayThreshold { get; init; } = 0.1;

    /// <summary>The one-time learning-rate factor.</summary>
    public double DecayFactor { get; init; } = 0.5;

    /// <summary>Seed of the model's initialisation and of the batch order.</summary>
    public ulong Seed { get; init; }

    /// <summary>Iterations per logged training interval.</summary>
    public int LogInterval { get; init; } = 10;

    /// <summary>Minutes between periodic checkpoints (one is also written at every evaluation and at the end).</summary>
    public double CheckpointMinutes { get; init; } = 5;

    /// <summary>Checks every field and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
    public void Validate()
    {
        Require(Epochs > 0, nameof(Epochs), "a positive number of epochs", Epochs);
        Require(MaxIterations is null or > 0, nameof(MaxIterations), "a positive iteration limit", MaxIterations);
        Require(MaxMinutes is null || (MaxMinutes > 0 && double.IsFinite(MaxMinutes.Value)), nameof(MaxMinutes), "a positive number of minutes", MaxMinutes);
        Require(BatchSize > 0, nameof(BatchSize), "a positive batch size", BatchSize);
        Require(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), "a positive learning rate", LearningRate);
        Require(Beta1 is >= 0 and < 1, nameof(Beta1), "a value in [0, 1)", Beta1);
        Require(Beta2 is >= 0 and < 1, nameof(Beta2), "a value in [0, 1)", Beta2);
        Require(GradientClipNorm > 0, nameof(GradientClipNorm), "a positive norm", GradientClipNorm);
        Require(DecayFactor is > 0 and <= 1, nameof(DecayFactor), "a factor in (0, 1]", DecayFactor);
        Require(LogInterval > 0, nameof(LogInterval), "a positive number of iterations", LogInterval);
        Require(CheckpointMinutes > 0, nameof(CheckpointMinutes), "a positive number of minutes", CheckpointMinutes);
    }

    private static void Require(bool condition, string name, string expected, object? value)
    {
        if (!condition)
        {
            throw new ArgumentException($"{name}: expected {expected}; got {value?.ToString() ?? "null"}", name);
        }
    }
}
