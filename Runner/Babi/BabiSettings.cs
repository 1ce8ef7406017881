using SamRL.Agents.Babi;

namespace SamRL.Runner.Babi;

/// <summary>
/// The resolved settings of a <c>babi</c> run, saved as the run's <c>config.json</c> (camelCase; valid as
/// <c>--config</c>). Defaults are the authors' joint-training setup (SAM_STM_REFERENCE §5.3).
/// </summary>
public sealed record BabiSettings
{
    /// <summary>The bAbI folder (en-valid-10k, en-10k or en layout).</summary>
    public string? Data { get; init; }

    /// <summary>Tasks to train on, e.g. "1-20" or "1,2,5-7"; null for every task in the folder.</summary>
    public string? Tasks { get; init; }

    /// <summary>Epochs to train.</summary>
    public int Epochs { get; init; } = 500;

    /// <summary>Iteration limit (total over resumed sessions); null for none.</summary>
    public long? MaxIterations { get; init; }

    /// <summary>Training-time limit in minutes (total over resumed sessions); null for none.</summary>
    public double? MaxMinutes { get; init; }

    /// <summary>Training batch size.</summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>Adam's initial learning rate.</summary>
    public double LearningRate { get; init; } = 6e-4;

    /// <summary>Seed of the initialisation and the batch order.</summary>
    public ulong Seed { get; init; }

    /// <summary>Torch intra-op threads (default 1: OpenMP threads spin while they wait, and on 2 cores two were slower than one).</summary>
    public int? Threads { get; init; } = 1;

    /// <summary>Folder under which run folders are created.</summary>
    public string RunsDirectory { get; init; } = "runs";

    /// <summary>Iterations per logged training interval.</summary>
    public int LogInterval { get; init; } = 10;

    /// <summary>Minutes between periodic checkpoints.</summary>
    public double CheckpointMinutes { get; init; } = 5;

    /// <summary>Word and sentence vector width.</summary>
    public long SymbolSize { get; init; } = 64;

    /// <summary>STM slot size d (entity size).</summary>
    public long EntitySize { get; init; } = 90;

    /// <summary>STM slot count N (role size).</summary>
    public long RoleSize { get; init; } = 20;

    /// <summary>Hidden width of STM's input maps and of the inference MLPs.</summary>
    public long HiddenSize { get; init; } = 80;

    /// <summary>The trainer's configuration.</summary>
    public BabiTrainingConfig TrainingConfig() => new()
    {
        Epochs = Epochs,
        MaxIterations = MaxIterations,
        MaxMinutes = MaxMinutes,
        BatchSize = BatchSize,
        LearningRate = LearningRate,
        Seed = Seed,
        LogInterval = LogInterval,
        CheckpointMinutes = CheckpointMinutes,
    };

    /// <summary>The model's sizes for a corpus of <paramref name="vocabularySize"/> words and sentences up to <paramref name="maxSentenceLength"/>.</summary>
    public BabiModelOptions ModelOptions(long vocabularySize, long maxSentenceLength) => new()
    {
        VocabularySize = vocabularySize,
        MaxSentenceLength = maxSentenceLength,
        SymbolSize = SymbolSize,
        EntitySize = EntitySize,
        RoleSize = RoleSize,
        HiddenSize = HiddenSize,
    };

    /// <summary>The run's variant label: the memory sizes and the tasks.</summary>
    public string Variant(IReadOnlyList<int> tasks) => $"d{EntitySize}-n{RoleSize}-tasks{TaskSelection.Format(tasks)}";
}
