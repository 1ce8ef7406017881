using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks.Graphs;

/// <summary>
/// Shortest path (paper §3.3, Table 3) on random connected weighted graphs (<see cref="RandomGraphTask"/>), solved by
/// <see cref="DijkstraSolver"/>; source and target are two distinct uniformly chosen nodes.
/// </summary>
/// <remarks>
/// Layout per <see cref="GraphSequenceEncoder"/>: the edge triplets, then the query row naming source and
/// target; the output is the features of the path's nodes from source to target (both included), then
/// the end class. Metric: <see cref="TaskMetrics.PerStepAccuracy"/>.
/// </remarks>
public sealed class ShortestPathTask : RandomGraphTask
{
    /// <summary>Creates the task (our defaults: 5–10 nodes, extra-edge probability 0.3, 20 feature labels).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 nodes, min &gt; max, more nodes than labels, or a probability outside [0, 1].</exception>
    public ShortestPathTask(int minNodes = 5, int maxNodes = 10, double extraEdgeProbability = 0.3, int featureCount = 20)
        : base(minNodes, maxNodes, extraEdgeProbability, featureCount)
    {
    }

    /// <inheritdoc/>
    protected override GraphProblem Pose(Rng rng, WeightedGraph graph)
    {
        var source = rng.NextInt(graph.NodeCount);
        var target = (source + 1 + rng.NextInt(graph.NodeCount - 1)) % graph.NodeCount;
        return new GraphProblem(graph, [source, target], DijkstraSolver.ShortestPath(graph, source, target));
    }
}
