using SamRL.Environments.Tasks;
using SamRL.Environments.Tasks.Geometry;
using SamRL.Environments.Tasks.Graphs;
using SamRL.Memory;

namespace SamRL.Agents.Supervised;

/// <summary>The paper's supervised tasks by name, each with the authors' protocol (SAM_STM_REFERENCE §4).</summary>
public static class SupervisedTasks
{
    /// <summary>The task names, in the paper's order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["associative-retrieval", "nth-farthest", "copy", "priority-sort", "rar", "convex-hull", "tsp", "shortest-path", "mst"];

    /// <summary>The associative-retrieval lengths of Table 1 ("length 30": 14 pairs, "length 50": 24 pairs).</summary>
    public static IReadOnlyList<int> Lengths { get; } = [30, 50];

    /// <summary>The point counts of Table 3's convex hull and TSP columns.</summary>
    public static IReadOnlyList<int> PointCounts { get; } = [5, 10];

    /// <summary>Default associative-retrieval length: 50, the authors' own data (24 pairs, 51 tokens).</summary>
    public const int DefaultLength = 50;

    /// <summary>Default point count of convex hull and TSP: 5.</summary>
    public const int DefaultPoints = 5;

    /// <summary>Default Nth-farthest size, the paper's: 8 vectors of 16 dimensions.</summary>
    public const int DefaultVectors = 8, DefaultDimension = 16;

    /// <summary>Whether <paramref name="name"/> takes a length (associative retrieval).</summary>
    public static bool TakesLength(string name) => name == "associative-retrieval";

    /// <summary>Whether <paramref name="name"/> takes a point count (convex hull, TSP).</summary>
    public static bool TakesPoints(string name) => name is "convex-hull" or "tsp";

    /// <summary>Whether <paramref name="name"/> takes a vector count and dimension (Nth-farthest).</summary>
    public static bool TakesVectors(string name) => name == "nth-farthest";

    /// <summary>
    /// The task <paramref name="name"/>; <paramref name="length"/> applies to associative retrieval,
    /// <paramref name="points"/> to convex hull and TSP, <paramref name="vectors"/> and <paramref name="dimension"/> to
    /// Nth-farthest (null = their defaults, the paper's sizes).
    /// </summary>
    /// <exception cref="ArgumentException">Unknown name, or a size the task does not take or does not know.</exception>
    public static SupervisedTask Create(string name, int? length = null, int? points = null, int? vectors = null, int? dimension = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Names.Contains(name))
        {
            throw new ArgumentException($"unknown task '{name}'; expected one of {string.Join(", ", Names)}", nameof(name));
        }

        if (length is not null && !TakesLength(name))
        {
            throw new ArgumentException($"task {name} has no length setting (only associative-retrieval has)", nameof(length));
        }

        if (points is not null && !TakesPoints(name))
        {
            throw new ArgumentException($"task {name} has no point-count setting (only convex-hull and tsp have)", nameof(points));
        }

        if ((vectors is not null || dimension is not null) && !TakesVectors(name))
        {
            throw new ArgumentException($"task {name} has no vector-count or dimension setting (only nth-farthest has)", nameof(vectors));
        }

        if (vectors is < 2) throw new ArgumentException($"nth-farthest needs at least 2 vectors; got {vectors}", nameof(vectors));
        if (dimension is < 1) throw new ArgumentException($"nth-farthest needs a positive dimension; got {dimension}", nameof(dimension));

        int resolvedLength = length ?? DefaultLength, resolvedPoints = points ?? DefaultPoints;
        if (TakesLength(name) && !Lengths.Contains(resolvedLength))
        {
            throw new ArgumentException($"associative-retrieval length {resolvedLength} is not one of the paper's: 30 or 50", nameof(length));
        }

        if (TakesPoints(name) && !PointCounts.Contains(resolvedPoints))
        {
            throw new ArgumentException($"{name} point count {resolvedPoints} is not one of the paper's: 5 or 10", nameof(points));
        }

        return name switch
        {
            "associative-retrieval" => AssociativeRetrieval(resolvedLength),
            "nth-farthest" => NthFarthest(vectors ?? DefaultVectors, dimension ?? DefaultDimension),
            "copy" => Task(name, "", TaskMetric.BitErrorPerSequence, true, Toy(50_000), new CopyTask(), StmPresets.Copy),
            "priority-sort" => Task(name, "", TaskMetric.BitErrorPerSequence, true, Toy(50_000), new PrioritySortTask(), StmPresets.PrioritySort),
            "rar" => Task(name, "", TaskMetric.BitErrorPerSequence, true, Toy(50_000), new RelationalAssociativeRecallTask(), () => StmPresets.RelationalAssociativeRecall()),
            "convex-hull" => Pointer(name, resolvedPoints, new ConvexHullTask(resolvedPoints, resolvedPoints)),
            "tsp" => Pointer(name, resolvedPoints, new TspTask(resolvedPoints, resolvedPoints)),
            "shortest-path" => Graph(name, new ShortestPathTask()),
            _ => Graph(name, new MinimumSpanningTreeTask()),
        };
    }

    // run_nar.py: RMSprop(lr 1e-4, momentum 0.9, PyTorch's α 0.99), 100,000 iterations, validation every epoch.
    private static SupervisedTask AssociativeRetrieval(int length)
    {
        var generator = length == 30 ? AssociativeRetrievalTask.Length30 : AssociativeRetrievalTask.Length50;
        var splits = new FixedSplits(100_000, 10_000, 20_000, EvaluationBatchSize: 500);
        var protocol = new SupervisedProtocol(OptimizerKind.RmsProp, 1e-4, 0.99, 0.9, 128, 100_000, EvaluateEvery: 100_000 / 128);
        return new SupervisedTask(
            "associative-retrieval", $"length-{length}", generator, TaskMetric.Accuracy, decodesWithZeroInputs: false, protocol,
            () => StmPresets.AssociativeRetrieval())
        {
            EmbeddingWidth = 100,
            FixedSplits = splits,
        };
    }

    // A smaller Nth-farthest (fewer vectors, fewer dimensions) keeps the preset's memory sizes and only narrows the
    // STM's input and output to the task's.
    private static SupervisedTask NthFarthest(int vectors, int dimension)
    {
        var generator = new NthFarthestTask(vectors, dimension);
        bool paperSize = vectors == DefaultVectors && dimension == DefaultDimension;
        return Task(
            "nth-farthest", paperSize ? "" : $"vectors-{vectors}-dimension-{dimension}", TaskMetric.Accuracy, false, Adam(1_000_000), generator,
            () => StmPresets.NthFarthest() with { InputSize = generator.InputWidth, OutputSize = generator.OutputWidth });
    }

    private static SupervisedTask Pointer(string name, int points, ISequenceTask<PointTaskBatch> generator) =>
        new(name, $"points-{points}", generator, TaskMetric.StepAccuracy, decodesWithZeroInputs: true, Toy(1_000_000), () => StmPresets.GeometricPointer(generator.InputWidth, generator.OutputWidth))
        {
            ReportsTourLength = name == "tsp",
        };

    private static SupervisedTask Graph(string name, ISequenceTask<GraphTaskBatch> generator) =>
        Task(name, "", TaskMetric.StepAccuracy, true, Toy(1_000_000), generator, () => StmPresets.Graph(generator.InputWidth, generator.OutputWidth));

    private static SupervisedTask Task<TBatch>(
        string name, string variant, TaskMetric metric, bool decodes, SupervisedProtocol protocol, ISequenceTask<TBatch> generator,
        Func<StmOptions> preset)
        where TBatch : TaskBatch =>
        new(name, variant, generator, metric, decodes, protocol, preset);

    // run_toys.py: RMSprop(lr 1e-4, α 0.95, momentum 0.9), batch 128; validation on 10 fixed batches every 1,000 iterations.
    private static SupervisedProtocol Toy(long iterations) => new(OptimizerKind.RmsProp, 1e-4, 0.95, 0.9, 128, iterations, 1_000);

    // run_toys.py for nfar: Adam(lr 1e-4) with PyTorch's betas.
    private static SupervisedProtocol Adam(long iterations) => new(OptimizerKind.Adam, 1e-4, 0.95, 0.9, 128, iterations, 1_000);
}
