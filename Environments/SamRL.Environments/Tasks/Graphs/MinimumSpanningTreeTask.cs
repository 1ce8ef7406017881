using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks.Graphs;

/// <summary>
/// Minimum spanning tree (paper §3.3, Table 3) on random connected weighted graphs (<see cref="RandomGraphs"/>'s
/// design), solved by <see cref="KruskalSolver"/>. One node count N ~ U{<see cref="MinNodes"/>..
/// <see cref="MaxNodes"/>} per batch.
/// </summary>
/// <remarks>
/// Layout per <see cref="GraphSequenceEncoder"/>: the edge triplets, then a query row that only marks the
/// end of the edges. The output is the tree's N − 1 edges in the order Kruskal accepts them (ascending
/// weight), each as the features of its two endpoints in the order the edge was presented
/// (node₁, node₂), then the end class: 2(N − 1) + 1 output steps. Metric: <see cref="TaskMetrics.PerStepAccuracy"/>.
/// </remarks>
public sealed class MinimumSpanningTreeTask : ISequenceTask<GraphTaskBatch>
{
    private readonly GraphSequenceEncoder encoder;

    /// <summary>Creates the task (our defaults: 5–10 nodes, extra-edge probability 0.3, 20 feature labels).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 nodes, min &gt; max, more nodes than labels, or a probability outside [0, 1].</exception>
    public MinimumSpanningTreeTask(int minNodes = 5, int maxNodes = 10, double extraEdgeProbability = 0.3, int featureCount = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minNodes, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, minNodes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxNodes, featureCount);
        if (!(extraEdgeProbability >= 0 && extraEdgeProbability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(extraEdgeProbability), extraEdgeProbability, "Expected a probability in [0, 1].");
        }

        encoder = new GraphSequenceEncoder(featureCount);
        MinNodes = minNodes;
        MaxNodes = maxNodes;
        ExtraEdgeProbability = extraEdgeProbability;
    }

    /// <summary>Fewest nodes per graph.</summary>
    public int MinNodes { get; }

    /// <summary>Most nodes per graph.</summary>
    public int MaxNodes { get; }

    /// <summary>Probability that a node pair not in the random spanning tree is joined by an edge.</summary>
    public double ExtraEdgeProbability { get; }

    /// <inheritdoc/>
    public int InputWidth => encoder.InputWidth;

    /// <inheritdoc/>
    public int OutputWidth => FeatureClasses.Count(encoder.FeatureCount);

    /// <summary>A random problem with <paramref name="nodeCount"/> nodes and its minimum spanning tree.</summary>
    public GraphProblem NextProblem(Rng rng, int nodeCount)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var graph = RandomGraphs.Connected(rng, nodeCount, ExtraEdgeProbability);
        var tree = KruskalSolver.MinimumSpanningTree(graph);
        var solution = new int[2 * tree.Length];
        for (var i = 0; i < tree.Length; i++)
        {
            solution[2 * i] = graph.Edges[tree[i]].A;
            solution[2 * i + 1] = graph.Edges[tree[i]].B;
        }

        return new GraphProblem(graph, [], solution);
    }

    /// <inheritdoc/>
    public GraphTaskBatch NextBatch(Rng rng, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var nodeCount = Sampling.Between(rng, MinNodes, MaxNodes);
        var problems = new GraphProblem[batchSize];
        for (var b = 0; b < batchSize; b++)
        {
            problems[b] = NextProblem(rng, nodeCount);
        }

        return encoder.Encode(problems, rng);
    }
}
