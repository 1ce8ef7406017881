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
    public void Dijkstra_path_weight_matches_brute_force_over_all_simple_paths()
    {
        var rng = new Rng(3);
        var task = new ShortestPathTask(minNodes: 2, maxNodes: 8, extraEdgeProbability: 0.5);
        for (var trial = 0; trial < 200; trial++)
        {
            var problem = task.NextProblem(rng, 2 + rng.NextInt(7));
            var (source, target) = (problem.Query[0], problem.Query[1]);

            var path = problem.Solution;

            Assert.Equal(source, path[0]);
            Assert.Equal(target, path[^1]);
            Assert.Equal(BruteForceShortestPathWeight(problem.Graph, source, target), DijkstraSolver.PathWeight(problem.Graph, path), 9);
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

    // Every simple path from source to target, by depth-first enumeration; the lightest one's weight.
    private static double BruteForceShortestPathWeight(WeightedGraph graph, int source, int target)
    {
        var visited = new bool[graph.NodeCount];
        double Lightest(int node, double weightSoFar)
        {
            if (node == target)
            {
                return weightSoFar;
            }

            visited[node] = true;
            var best = double.PositiveInfinity;
            foreach (var edge in graph.Edges)
            {
                var next = edge.A == node ? edge.B : edge.B == node ? edge.A : -1;
                if (next >= 0 && !visited[next])
                {
                    best = Math.Min(best, Lightest(next, weightSoFar + edge.Weight));
                }
            }

            visited[node] = false;
            return best;
        }

        return Lightest(source, 0);
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
