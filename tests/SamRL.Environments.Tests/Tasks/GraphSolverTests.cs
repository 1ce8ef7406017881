using SamRL.Environments.Core;
using SamRL.Environments.Tasks.Graphs;

namespace SamRL.Environments.Tests.Tasks;

public class GraphSolverTests
{
    [Fact]
    public void Dijkstra_prefers_a_longer_cheaper_route()
    {
        // 0 -(5)- 3 directly, or 0 -(1)- 1 -(1)- 2 -(1)- 3.
        var graph = new WeightedGraph(4, [new(0, 3, 5), new(0, 1, 1), new(2, 1, 1), new(3, 2, 1)]);

        Assert.Equal([0, 1, 2, 3], DijkstraSolver.ShortestPath(graph, 0, 3));
        Assert.Equal([3, 2, 1, 0], DijkstraSolver.ShortestPath(graph, 3, 0));
    }

    [Fact]
    public void Dijkstra_returns_empty_for_an_unreachable_target()
    {
        var graph = new WeightedGraph(3, [new(0, 1, 1)]);
        Assert.Empty(DijkstraSolver.ShortestPath(graph, 0, 2));
    }

    [Fact]
    public void Dijkstra_path_weight_matches_floyd_warshall_on_random_graphs()
    {
        var rng = new Rng(3);
        var task = new ShortestPathTask(minNodes: 2, maxNodes: 9);
        for (var trial = 0; trial < 200; trial++)
        {
            var problem = task.NextProblem(rng, 2 + rng.NextInt(8));
            var graph = problem.Graph;
            var distance = FloydWarshall(graph);

            var path = problem.Solution;

            Assert.Equal(problem.Query[0], path[0]);
            Assert.Equal(problem.Query[1], path[^1]);
            Assert.Equal(distance[problem.Query[0], problem.Query[1]], DijkstraSolver.PathWeight(graph, path), 9);
        }
    }

    [Fact]
    public void Kruskal_total_weight_matches_brute_force_over_all_spanning_trees()
    {
        var rng = new Rng(4);
        var task = new MinimumSpanningTreeTask(minNodes: 2, maxNodes: 5, extraEdgeProbability: 0.5);
        for (var trial = 0; trial < 100; trial++)
        {
            var graph = task.NextProblem(rng, 2 + rng.NextInt(4)).Graph;

            var tree = KruskalSolver.MinimumSpanningTree(graph);

            Assert.Equal(graph.NodeCount - 1, tree.Length);
            Assert.True(IsSpanningTree(graph, tree));
            var weights = tree.Select(e => graph.Edges[e].Weight).ToArray();
            Assert.Equal(weights.Order(), weights);
            Assert.Equal(BruteForceMinimumTreeWeight(graph), weights.Sum(), 9);
        }
    }

    [Fact]
    public void Graph_rejects_self_loops_parallel_edges_and_negative_weights()
    {
        Assert.Throws<ArgumentException>(() => new WeightedGraph(2, [new(1, 1, 1)]));
        Assert.Throws<ArgumentException>(() => new WeightedGraph(2, [new(0, 1, 1), new(1, 0, 2)]));
        Assert.Throws<ArgumentException>(() => new WeightedGraph(2, [new(0, 1, -1)]));
        Assert.Throws<ArgumentException>(() => new WeightedGraph(2, [new(0, 2, 1)]));
    }

    private static double[,] FloydWarshall(WeightedGraph graph)
    {
        var n = graph.NodeCount;
        var d = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                d[i, j] = i == j ? 0 : double.PositiveInfinity;
            }
        }

        foreach (var e in graph.Edges)
        {
            d[e.A, e.B] = d[e.B, e.A] = e.Weight;
        }

        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    d[i, j] = Math.Min(d[i, j], d[i, k] + d[k, j]);
                }
            }
        }

        return d;
    }

    private static double BruteForceMinimumTreeWeight(WeightedGraph graph)
    {
        var best = double.PositiveInfinity;
        var edgeCount = graph.Edges.Count;
        for (var subset = 0; subset < 1 << edgeCount; subset++)
        {
            var chosen = Enumerable.Range(0, edgeCount).Where(e => (subset & (1 << e)) != 0).ToArray();
            if (chosen.Length == graph.NodeCount - 1 && IsSpanningTree(graph, chosen))
            {
                best = Math.Min(best, chosen.Sum(e => graph.Edges[e].Weight));
            }
        }

        return best;
    }

    private static bool IsSpanningTree(WeightedGraph graph, int[] edges)
    {
        var reached = new HashSet<int> { 0 };
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var e in edges)
            {
                var (a, b) = (graph.Edges[e].A, graph.Edges[e].B);
                if (reached.Contains(a) != reached.Contains(b))
                {
                    reached.Add(a);
                    reached.Add(b);
                    grew = true;
                }
            }
        }

        return edges.Length == graph.NodeCount - 1 && reached.Count == graph.NodeCount;
    }
}
