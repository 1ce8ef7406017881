using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks.Graphs;

/// <summary>
/// Minimum spanning tree (paper §3.3, Table 3) on random connected weighted graphs (<see cref="RandomGraphTask"/>), solved by
/// <see cref="KruskalSolver"/>.
/// </summary>
/// <remarks>
/// Layout per <see cref="GraphSequenceEncoder"/>: the edge triplets, then a query row that only marks the
/// end of the edges. The output is the tree's N − 1 edges in the order Kruskal accepts them (ascending
/// weight), each as the features of its two endpoints in the order the edge was presented
/// (node₁, node₂), then the end class: 2(N − 1) + 1 output steps. Metric: <see cref="TaskMetrics.PerStepAccuracy"/>.
/// </remarks>
public sealed class MinimumSpanningTreeTask : RandomGraphTask
{
    /// <summary>Creates the task (our defaults: 5–10 nodes, extra-edge probability 0.3, 20 feature labels).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 nodes, min &gt; max, more nodes than labels, or a probability outside [0, 1].</exception>
    public MinimumSpanningTreeTask(int minNodes = 5, int maxNodes = 10, double extraEdgeProbability = 0.3, int featureCount = 20)
        : base(minNodes, maxNodes, extraEdgeProbability, featureCount)
    {
    }

    /// <inheritdoc/>
    protected override GraphProblem Pose(Rng rng, WeightedGraph graph)
    {
        var tree = KruskalSolver.MinimumSpanningTree(graph);
        var solution = new int[2 * tree.Length];
        for (var i = 0; i < tree.Length; i++)
        {
            solution[2 * i] = graph.Edges[tree[i]].A;
            solution[2 * i + 1] = graph.Edges[tree[i]].B;
        }

        return new GraphProblem(graph, [], solution);
    }
}
