using System.Text.Json.Serialization;
using SamRL.Agents.Networks;

namespace SamRL.Agents.A3C;

/// <summary>
/// Every setting of an A3C run. The defaults are the authors' (<c>run_rl.py</c>, SAM_STM_REFERENCE §3.5–§3.6):
/// LSTM-256 → STM agent on one 80×80 frame, 32 workers, seed 1, shared AMSGrad Adam (lr 1e-4, eps 1e-3),
/// 20-step rollouts, GAE γ = 0.99 and τ = 0.92, entropy 0.01, value coefficient 0.5, rewards clipped to ±1, no
/// gradient clipping. Immutable; change a copy with <c>with</c>.
/// </summary>
public sealed record A3CConfig
{
    /// <summary>The recurrent core (default: LSTM-256 → STM).</summary>
    public CoreKind Core { get; init; } = CoreKind.LstmStm;

    /// <summary>The observation encoder (default: the authors' 80×80 stack).</summary>
    public EncoderKind Encoder { get; init; } = EncoderKind.Atari80;

    /// <summary>LSTM width; null takes the paper's (256 before STM, 512 for the LSTM baseline).</summary>
    public int? LstmSize { get; init; }

    /// <summary>
    /// Emulator frames per agent step, as the environment applies them (the Runner's <c>--frameskip</c>; 0 counts as
    /// 1). The trainer uses it to count frames: frames = agent steps × max(1, FrameSkip). Default 4 (§3.6).
    /// </summary>
    public int FrameSkip { get; init; } = 4;

    /// <summary>
    /// Sticky-action probability the environment was built with (0 as the authors' v4 environments). The trainer
    /// records it in checkpoints; the environment factory applies it.
    /// </summary>
    public double StickyActionProbability { get; init; }

    /// <summary>Number of training worker threads, each with its own environment and local model (32).</summary>
    public int Workers { get; init; } = 32;

    /// <summary>
    /// How many workers (and the evaluator) may compute at the same time; null = the number of processors. The others
    /// wait for a slot in arrival order, so 32 workers on 2 cores take turns keeping 2 cores busy instead of
    /// oversubscribing them.
    /// </summary>
    public int? MaxConcurrentWorkers { get; init; }

    /// <summary>
    /// The run's seed (1). The weights are initialised from it; worker k samples actions and seeds its environment
    /// with an <c>Rng(Seed + k)</c>; the evaluator uses <c>Rng(Seed + Workers)</c>.
    /// </summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Stop after this many emulator frames (see <see cref="FrameSkip"/>); null = no limit.</summary>
    public long? MaxFrames { get; init; }

    /// <summary>Stop after this many minutes of training, summed over resumed sessions; null = no limit.</summary>
    public double? MaxMinutes { get; init; }

    /// <summary>
    /// Emulator frames between the starts of two evaluations (greedy episodes). The authors evaluate back to back
    /// with a 10 s pause; a frame schedule makes runs comparable across machines. Default 100,000.
    /// </summary>
    public long EvaluationIntervalFrames { get; init; } = 100_000;

    /// <summary>Greedy episodes per evaluation (1).</summary>
    public int EvaluationEpisodes { get; init; } = 1;

    /// <summary>Agent steps after which an evaluation episode is cut (10,000, the authors' episode cap).</summary>
    public int EvaluationMaxSteps { get; init; } = 10_000;

    /// <summary>Window of the evaluation moving average (100 episodes, the paper's curves).</summary>
    public int MovingAverageWindow { get; init; } = 100;

    /// <summary>Adam learning rate (1e-4).</summary>
    public double LearningRate { get; init; } = 1e-4;

    /// <summary>Adam β1 (0.9).</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>Adam β2 (0.999).</summary>
    public double Beta2 { get; init; } = 0.999;

    /// <summary>Adam ε (1e-3, the authors' value; added to √v̂max before the bias correction, as their SharedAdam).</summary>
    public double AdamEpsilon { get; init; } = 1e-3;

    /// <summary>Use AMSGrad's running maximum of the second moment (true, as the authors).</summary>
    public bool AmsGrad { get; init; } = true;

    /// <summary>Discount γ (0.99).</summary>
    public double Gamma { get; init; } = 0.99;

    /// <summary>GAE λ, called τ by the authors (0.92).</summary>
    public double Tau { get; init; } = 0.92;

    /// <summary>Entropy bonus coefficient (0.01).</summary>
    public double EntropyCoefficient { get; init; } = 0.01;

    /// <summary>Coefficient of the value loss Σ ½(R − V)² (0.5).</summary>
    public double ValueLossCoefficient { get; init; } = 0.5;

    /// <summary>Agent steps per rollout and truncated-BPTT segment (20).</summary>
    public int RolloutLength { get; init; } = 20;

    /// <summary>Clip the gradient's global L2 norm to this value; null = no clipping (the authors' SAM agent).</summary>
    public double? MaxGradientNorm { get; init; }

    /// <summary>Clip training rewards to [−c, c] (1); null = no clipping. Evaluation reports unclipped rewards.</summary>
    public double? RewardClip { get; init; } = 1.0;

    /// <summary>Time between periodic checkpoints (10 minutes). A final checkpoint is always written.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Time between <see cref="ITrainingObserver.OnInterval"/> reports (10 seconds).</summary>
    public TimeSpan StatisticsInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The number of emulator frames one agent step stands for.</summary>
    [JsonIgnore]
    public long FramesPerStep => Math.Max(1, FrameSkip);

    /// <summary>The number of workers that may compute at once (resolves <see cref="MaxConcurrentWorkers"/> on this machine).</summary>
    [JsonIgnore]
    public int ResolvedConcurrentWorkers => Math.Min(Workers, MaxConcurrentWorkers ?? Environment.ProcessorCount);

    /// <summary>Checks every field and throws an <see cref="ArgumentException"/> naming the first bad one and what was expected.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Core)) throw Bad(nameof(Core), Core, "one of " + string.Join(", ", Enum.GetNames<CoreKind>()));
        if (!Enum.IsDefined(Encoder)) throw Bad(nameof(Encoder), Encoder, "one of " + string.Join(", ", Enum.GetNames<EncoderKind>()));
        if (LstmSize is <= 0) throw Bad(nameof(LstmSize), LstmSize, "a positive width or null");
        if (FrameSkip < 0) throw Bad(nameof(FrameSkip), FrameSkip, "0 or more");
        if (!(StickyActionProbability >= 0 && StickyActionProbability <= 1)) throw Bad(nameof(StickyActionProbability), StickyActionProbability, "a probability in [0, 1]");
        if (Workers < 1) throw Bad(nameof(Workers), Workers, "at least 1");
        if (MaxConcurrentWorkers is < 1) throw Bad(nameof(MaxConcurrentWorkers), MaxConcurrentWorkers, "at least 1 or null");
        if (MaxFrames is <= 0) throw Bad(nameof(MaxFrames), MaxFrames, "a positive frame count or null");
        if (MaxMinutes is not null && !(MaxMinutes > 0 && double.IsFinite(MaxMinutes.Value))) throw Bad(nameof(MaxMinutes), MaxMinutes, "a positive number of minutes or null");
        if (EvaluationIntervalFrames < 1) throw Bad(nameof(EvaluationIntervalFrames), EvaluationIntervalFrames, "at least 1");
        if (EvaluationEpisodes < 1) throw Bad(nameof(EvaluationEpisodes), EvaluationEpisodes, "at least 1");
        if (EvaluationMaxSteps < 1) throw Bad(nameof(EvaluationMaxSteps), EvaluationMaxSteps, "at least 1");
        if (MovingAverageWindow < 1) throw Bad(nameof(MovingAverageWindow), MovingAverageWindow, "at least 1");
        Positive(LearningRate, nameof(LearningRate));
        Positive(AdamEpsilon, nameof(AdamEpsilon));
        UnitInterval(Beta1, nameof(Beta1));
        UnitInterval(Beta2, nameof(Beta2));
        if (!(Gamma >= 0 && Gamma <= 1)) throw Bad(nameof(Gamma), Gamma, "a discount in [0, 1]");
        if (!(Tau >= 0 && Tau <= 1)) throw Bad(nameof(Tau), Tau, "a GAE λ in [0, 1]");
        if (!(EntropyCoefficient >= 0 && double.IsFinite(EntropyCoefficient))) throw Bad(nameof(EntropyCoefficient), EntropyCoefficient, "a finite value ≥ 0");
        if (!(ValueLossCoefficient >= 0 && double.IsFinite(ValueLossCoefficient))) throw Bad(nameof(ValueLossCoefficient), ValueLossCoefficient, "a finite value ≥ 0");
        if (RolloutLength < 1) throw Bad(nameof(RolloutLength), RolloutLength, "at least 1");
        if (MaxGradientNorm is not null && !(MaxGradientNorm > 0 && double.IsFinite(MaxGradientNorm.Value))) throw Bad(nameof(MaxGradientNorm), MaxGradientNorm, "a positive norm or null");
        if (RewardClip is not null && !(RewardClip > 0 && double.IsFinite(RewardClip.Value))) throw Bad(nameof(RewardClip), RewardClip, "a positive bound or null");
        if (CheckpointInterval <= TimeSpan.Zero) throw Bad(nameof(CheckpointInterval), CheckpointInterval, "a positive duration");
        if (StatisticsInterval <= TimeSpan.Zero) throw Bad(nameof(StatisticsInterval), StatisticsInterval, "a positive duration");
    }

    /// <summary>The network options for environments with <paramref name="observationShape"/> and <paramref name="actionCount"/> actions.</summary>
    public ActorCriticOptions NetworkOptions(IReadOnlyList<int> observationShape, int actionCount) => new()
    {
        ObservationShape = observationShape,
        ActionCount = actionCount,
        Encoder = Encoder,
        Core = Core,
        LstmSize = LstmSize,
        Seed = Seed,
    };

    private static void Positive(double value, string name)
    {
        if (!(value > 0 && double.IsFinite(value))) throw Bad(name, value, "a positive finite number");
    }

    private static void UnitInterval(double value, string name)
    {
        if (!(value >= 0 && value < 1)) throw Bad(name, value, "a value in [0, 1)");
    }

    private static ArgumentException Bad(string name, object? value, string expected) =>
        new($"A3C option {name} = {value?.ToString() ?? "null"} is invalid; expected {expected}", name);
}
