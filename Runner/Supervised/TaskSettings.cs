using System.Text.Json.Serialization;
using SamRL.Agents.Supervised;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Supervised;

/// <summary>
/// The settings of a supervised run (<c>SamRL.Runner task &lt;name&gt;</c>) that the command line and a <c>--config</c>
/// file can set. Fields left null take the task's defaults (the authors' protocol, SAM_STM_REFERENCE §4) when the
/// settings are resolved; the resolved settings are the run's <c>config.json</c>, a valid <c>--config</c> file.
/// </summary>
public sealed record TaskSettings
{
    /// <summary>The task: associative-retrieval, nth-farthest, copy, priority-sort, rar, convex-hull, tsp, shortest-path or mst.</summary>
    public string? Task { get; init; }

    /// <summary>Associative retrieval's length, 30 or 50 (default 50, the authors' data).</summary>
    public int? Length { get; init; }

    /// <summary>Convex hull's and TSP's point count, 5 or 10 (default 5).</summary>
    public int? Points { get; init; }

    /// <summary>Nth-farthest's vectors per sequence (default 8).</summary>
    public int? Vectors { get; init; }

    /// <summary>Nth-farthest's dimensions per vector (default 16).</summary>
    public int? Dimension { get; init; }

    /// <summary>The model: stm (default), lstm or alstm.</summary>
    public string Model { get; init; } = "stm";

    /// <summary>STM's slot size d (default: the task preset's).</summary>
    public int? SlotSize { get; init; }

    /// <summary>STM's n_q = N, the number of SAM queries and relational slots (default: the task preset's).</summary>
    public int? Queries { get; init; }

    /// <summary>SAM passes per step (default 1).</summary>
    public int? SamPasses { get; init; }

    /// <summary>STM's gated item-memory write (default: the preset's; false is the "w/o gates" ablation).</summary>
    public bool? Gates { get; init; }

    /// <summary>STM's relational → item transfer (default on; false is the "w/o transfer" ablation).</summary>
    public bool? Transfer { get; init; }

    /// <summary>Sequences per iteration (default 128).</summary>
    public int? BatchSize { get; init; }

    /// <summary>Learning rate (default 1e-4).</summary>
    public double? LearningRate { get; init; }

    /// <summary>The iteration from which the learning rate falls along a half cosine to 0 at <see cref="MaxIterations"/>; null = constant.</summary>
    public long? LearningRateDecayStart { get; init; }

    /// <summary>Seed of initialisation, batches and epoch order (default 1).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Training iterations (default: the task's, e.g. 50,000 for copy).</summary>
    public long? MaxIterations { get; init; }

    /// <summary>Stop (and test) after this many minutes of training; null = no limit.</summary>
    public double? MaxMinutes { get; init; }

    /// <summary>Iterations between validations (default: one epoch for associative retrieval, else 1,000).</summary>
    public long? EvalEvery { get; init; }

    /// <summary>Minutes of training between checkpoints besides the validations' (default 10).</summary>
    public double CheckpointMinutes { get; init; } = 10;

    /// <summary>The folder the run folder is created in (default <c>runs</c>).</summary>
    public string RunDir { get; init; } = "runs";

    /// <summary>
    /// libtorch intra-op threads (default 1). One thread is the default because libtorch's OpenMP threads spin while
    /// they wait: on this kind of 2-core machine two threads were slower than one for these models (the authors'
    /// code too, SAM_STM_REFERENCE §7.1), and with any other load on the machine the spinning wastes most of the CPU.
    /// </summary>
    public int? Threads { get; init; } = 1;

    /// <summary>The model names accepted by <see cref="Model"/>.</summary>
    [JsonIgnore]
    public static IReadOnlyList<string> ModelNames { get; } = ["stm", "lstm", "alstm"];

    /// <summary>The model as the trainer's enum.</summary>
    [JsonIgnore]
    public SequenceModelKind ModelKind => Model switch
    {
        "lstm" => SequenceModelKind.Lstm,
        "alstm" => SequenceModelKind.Alstm,
        _ => SequenceModelKind.Stm,
    };

    /// <summary>
    /// Checks every field and fills the task defaults (sizes, hyper-parameters, STM preset values); throws a
    /// <see cref="UserInputException"/> naming the option and what it expects.
    /// </summary>
    public TaskSettings Resolve()
    {
        if (Task is null || !SupervisedTasks.Names.Contains(Task))
        {
            throw Bad("<name>", "task", Task, $"one of {string.Join(", ", SupervisedTasks.Names)}");
        }

        if (Length is not null && !SupervisedTasks.TakesLength(Task)) throw Bad("--length", "length", Length, "no length: only associative-retrieval has one");
        if (Points is not null && !SupervisedTasks.TakesPoints(Task)) throw Bad("--points", "points", Points, "no point count: only convex-hull and tsp have one");
        if (Vectors is not null && !SupervisedTasks.TakesVectors(Task)) throw Bad("--vectors", "vectors", Vectors, "no vector count: only nth-farthest has one");
        if (Dimension is not null && !SupervisedTasks.TakesVectors(Task)) throw Bad("--dimension", "dimension", Dimension, "no dimension: only nth-farthest has one");
        if (Length is { } length && !SupervisedTasks.Lengths.Contains(length)) throw Bad("--length", "length", length, "30 or 50");
        if (Points is { } points && !SupervisedTasks.PointCounts.Contains(points)) throw Bad("--points", "points", points, "5 or 10");
        if (Vectors is < 2) throw Bad("--vectors", "vectors", Vectors, "at least 2 vectors");
        if (Dimension is < 1) throw Bad("--dimension", "dimension", Dimension, "a positive dimension");
        if (!ModelNames.Contains(Model)) throw Bad("--model", "model", Model, "stm, lstm or alstm");

        var task = SupervisedTasks.Create(Task, Length, Points, Vectors, Dimension);
        var protocol = task.Protocol;
        if (ModelKind == SequenceModelKind.Alstm && !task.DecodesWithZeroInputs)
        {
            throw Bad("--model", "model", Model, "stm or lstm: the paper reports ALSTM only for copy, priority-sort, rar, convex-hull, tsp, shortest-path and mst");
        }

        bool stmOptionsGiven = SlotSize is not null || Queries is not null || SamPasses is not null || Gates is not null || Transfer is not null;
        if (ModelKind != SequenceModelKind.Stm && stmOptionsGiven)
        {
            throw Bad("--slot-size/--queries/--sam-passes/--no-gates/--no-transfer", "slotSize/queries/samPasses/gates/transfer", Model, "STM options only with --model stm");
        }

        if (SlotSize is < 1) throw Bad("--slot-size", "slotSize", SlotSize, "a positive slot size d");
        if (Queries is < 1) throw Bad("--queries", "queries", Queries, "a positive number of queries n_q");
        if (SamPasses is < 1) throw Bad("--sam-passes", "samPasses", SamPasses, "at least 1 pass");
        if (BatchSize is < 1) throw Bad("--batch-size", "batchSize", BatchSize, "at least 1 sequence");
        if (LearningRate is { } rate && !(rate > 0 && double.IsFinite(rate))) throw Bad("--lr", "learningRate", rate, "a positive learning rate");
        if (MaxIterations is < 1) throw Bad("--max-iterations", "maxIterations", MaxIterations, "at least 1 iteration");
        if (MaxMinutes is { } minutes && !(minutes > 0 && double.IsFinite(minutes))) throw Bad("--max-minutes", "maxMinutes", minutes, "a positive number of minutes");
        if (LearningRateDecayStart is { } start && !(start >= 0 && start < (MaxIterations ?? protocol.Iterations)))
        {
            throw Bad("--lr-decay-start", "learningRateDecayStart", start, $"an iteration from 0 to below --max-iterations ({MaxIterations ?? protocol.Iterations})");
        }

        if (EvalEvery is < 1) throw Bad("--eval-every", "evalEvery", EvalEvery, "a positive number of iterations");
        if (!(CheckpointMinutes > 0 && double.IsFinite(CheckpointMinutes))) throw Bad("--checkpoint-minutes", "checkpointMinutes", CheckpointMinutes, "a positive number of minutes");
        if (string.IsNullOrWhiteSpace(RunDir)) throw Bad("--run-dir", "runDir", RunDir, "a folder");
        if (Threads is < 1) throw Bad("--threads", "threads", Threads, "at least 1 thread");

        int batchSize = BatchSize ?? protocol.BatchSize;
        var stm = ModelKind == SequenceModelKind.Stm ? SequenceModels.StmOptions(task, StmVariant) : null;
        return this with
        {
            Length = SupervisedTasks.TakesLength(Task) ? Length ?? SupervisedTasks.DefaultLength : null,
            Points = SupervisedTasks.TakesPoints(Task) ? Points ?? SupervisedTasks.DefaultPoints : null,
            Vectors = SupervisedTasks.TakesVectors(Task) ? Vectors ?? SupervisedTasks.DefaultVectors : null,
            Dimension = SupervisedTasks.TakesVectors(Task) ? Dimension ?? SupervisedTasks.DefaultDimension : null,
            SlotSize = stm is null ? null : (int)stm.SlotSize,
            Queries = stm is null ? null : (int)stm.SlotCount,
            SamPasses = stm?.SamPasses,
            Gates = stm?.Gates,
            Transfer = stm?.Transfer,
            BatchSize = batchSize,
            LearningRate = LearningRate ?? protocol.LearningRate,
            MaxIterations = MaxIterations ?? protocol.Iterations,
            EvalEvery = EvalEvery ?? task.EpochIterations(batchSize) ?? protocol.EvaluateEvery,
        };
    }

    /// <summary>The trainer's configuration of these (resolved) settings.</summary>
    public SupervisedConfig ToConfig() => new()
    {
        Task = Task!,
        Length = Length,
        Points = Points,
        Vectors = Vectors,
        Dimension = Dimension,
        Model = ModelKind,
        Stm = StmVariant,
        BatchSize = BatchSize!.Value,
        LearningRate = LearningRate!.Value,
        LearningRateDecayStart = LearningRateDecayStart,
        Seed = Seed,
        MaxIterations = MaxIterations!.Value,
        MaxMinutes = MaxMinutes,
        EvaluateEvery = EvalEvery!.Value,
        CheckpointMinutes = CheckpointMinutes,
    };

    [JsonIgnore]
    private StmVariant StmVariant => new() { SlotSize = SlotSize, Queries = Queries, SamPasses = SamPasses, Gates = Gates, Transfer = Transfer };

    private static UserInputException Bad(string option, string field, object? value, string expected) =>
        new($"{option} (config field \"{field}\") is {value?.ToString() ?? "missing"}; expected {expected}.");
}
