using SamRL.Environments.Registry;
using SamRL.Environments.Tasks.Geometry;
using SamRL.Environments.Tasks.Graphs;

namespace SamRL.Environments.Tasks.Episodic;

/// <summary>
/// Registers the episodic forms of the paper's tasks under <c>SamRL/*</c> ids, with the generators' options
/// and defaults (the paper's settings; our design for the graph tasks). Class-output tasks are
/// <c>IEnv&lt;float, int&gt;</c>, bit-output tasks <c>IEnv&lt;float, ulong&gt;</c>.
/// </summary>
public static class TaskEnvironments
{
    /// <summary>Adds every task environment to <paramref name="registry"/> (call once at start-up).</summary>
    /// <exception cref="InvalidOperationException">A task id is already registered.</exception>
    public static void Register(EnvRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var spec in Specs())
        {
            registry.Register(spec);
        }
    }

    /// <summary>The specs of every task environment.</summary>
    public static IEnumerable<EnvSpec> Specs()
    {
        yield return EnvSpec.Create(
            "SamRL/AssociativeRetrieval-v0",
            "Associative retrieval (paper §3.1): K key–value pairs, '??', a key; predict its value at the last token.",
            [EnvOptionDefinition.Integer("pairs", 24, "Key–value pairs K: 24 is the paper's length 50, 14 its length 30.")],
            options => Class(new AssociativeRetrievalTask(options.GetInt32("pairs")), "SamRL/AssociativeRetrieval-v0"));
        yield return EnvSpec.Create(
            "SamRL/NthFarthest-v0",
            "Nth-farthest (paper §3.1): predict the label of the vector n-th farthest from a reference, at the last step.",
            [
                EnvOptionDefinition.Integer("vectors", 8, "Vectors per sequence."),
                EnvOptionDefinition.Integer("dimension", 16, "Dimension of each vector."),
            ],
            options => Class(new NthFarthestTask(options.GetInt32("vectors"), options.GetInt32("dimension")), "SamRL/NthFarthest-v0"));
        yield return EnvSpec.Create(
            "SamRL/Copy-v0",
            "Copy (paper §3.2): reproduce the random bit vectors after the end flag.",
            [
                EnvOptionDefinition.Integer("min_length", 1, "Shortest sequence."),
                EnvOptionDefinition.Integer("max_length", 20, "Longest sequence."),
                EnvOptionDefinition.Integer("bits", 32, "Bits per vector (at most 64)."),
            ],
            options => Bits(new CopyTask(options.GetInt32("min_length"), options.GetInt32("max_length"), options.GetInt32("bits")), "SamRL/Copy-v0"));
        yield return EnvSpec.Create(
            "SamRL/PrioritySort-v0",
            "Priority sort (paper §3.2): output the highest-priority vectors in descending priority.",
            [
                EnvOptionDefinition.Integer("inputs", 20, "Input vectors."),
                EnvOptionDefinition.Integer("outputs", 16, "Output vectors."),
                EnvOptionDefinition.Integer("bits", 32, "Bits per vector (at most 64)."),
            ],
            options => Bits(new PrioritySortTask(options.GetInt32("inputs"), options.GetInt32("outputs"), options.GetInt32("bits")), "SamRL/PrioritySort-v0"));
        yield return EnvSpec.Create(
            "SamRL/RelationalAssociativeRecall-v0",
            "Relational associative recall (paper §3.2): reconstruct the item farthest from (query last bit 1) or closest to the query.",
            [
                EnvOptionDefinition.Integer("items", 3, "Items per sequence."),
                EnvOptionDefinition.Integer("min_item_length", 2, "Fewest vectors per item."),
                EnvOptionDefinition.Integer("max_item_length", 5, "Most vectors per item."),
                EnvOptionDefinition.Integer("bits", 32, "Bits per vector (at most 64)."),
            ],
            options => Bits(
                new RelationalAssociativeRecallTask(options.GetInt32("items"), options.GetInt32("min_item_length"), options.GetInt32("max_item_length"), options.GetInt32("bits")),
                "SamRL/RelationalAssociativeRecall-v0"));
        yield return EnvSpec.Create(
            "SamRL/ConvexHull-v0",
            "Convex hull (paper §3.3): output the hull's point features counterclockwise, then the end class.",
            PointOptions(),
            options => Class(
                new ConvexHullTask(options.GetInt32("min_points"), options.GetInt32("max_points"), options.GetInt32("features"), options.GetBoolean("random_features")),
                "SamRL/ConvexHull-v0"));
        yield return EnvSpec.Create(
            "SamRL/Tsp-v0",
            "Travelling salesman (paper §3.3): output the optimal tour's point features from point 0, then the end class.",
            PointOptions(),
            options => Class(
                new TspTask(options.GetInt32("min_points"), options.GetInt32("max_points"), options.GetInt32("features"), options.GetBoolean("random_features")),
                "SamRL/Tsp-v0"));
        yield return EnvSpec.Create(
            "SamRL/ShortestPath-v0",
            "Shortest path (paper §3.3): after the edge triplets and a source–target query, output the path's node features.",
            GraphOptions(),
            options => Class(
                new ShortestPathTask(options.GetInt32("min_nodes"), options.GetInt32("max_nodes"), options.GetDouble("extra_edge_probability"), options.GetInt32("features")),
                "SamRL/ShortestPath-v0"));
        yield return EnvSpec.Create(
            "SamRL/MinimumSpanningTree-v0",
            "Minimum spanning tree (paper §3.3): after the edge triplets, output the tree's edges as endpoint features in Kruskal order.",
            GraphOptions(),
            options => Class(
                new MinimumSpanningTreeTask(options.GetInt32("min_nodes"), options.GetInt32("max_nodes"), options.GetDouble("extra_edge_probability"), options.GetInt32("features")),
                "SamRL/MinimumSpanningTree-v0"));
    }

    private static ClassTaskEnvironment Class(ISequenceTask<ClassTargetBatch> task, string id) => new(task, id);

    private static BitTaskEnvironment Bits(ISequenceTask<BitTargetBatch> task, string id) => new(task, id);

    private static EnvOptionDefinition[] PointOptions() =>
    [
        EnvOptionDefinition.Integer("min_points", 5, "Fewest points per problem."),
        EnvOptionDefinition.Integer("max_points", 10, "Most points per problem (TSP: at most 12, solved exactly)."),
        EnvOptionDefinition.Integer("features", 20, "Feature labels F (classes F + 2)."),
        EnvOptionDefinition.Boolean("random_features", true, "Random distinct labels per problem (else label k + 1 for point k)."),
    ];

    private static EnvOptionDefinition[] GraphOptions() =>
    [
        EnvOptionDefinition.Integer("min_nodes", 5, "Fewest nodes per graph."),
        EnvOptionDefinition.Integer("max_nodes", 10, "Most nodes per graph."),
        EnvOptionDefinition.Real("extra_edge_probability", 0.3, "Probability of each edge beyond the random spanning tree."),
        EnvOptionDefinition.Integer("features", 20, "Feature labels F (classes F + 2)."),
    ];
}
