using SamRL.Environments.Core;
using SamRL.Environments.Tasks;
using SamRL.Environments.Tasks.Graphs;

namespace SamRL.Environments.Tests.Tasks;

public class GraphTaskTests
{
    [Fact]
    public void Shortest_path_rows_are_weighted_feature_triplets_then_the_query()
    {
        var batch = new ShortestPathTask().NextBatch(new Rng(31), 8);
        var edgeRows = batch.OutputStart - 1;

        Assert.Equal(42, batch.Inputs.Width);
        for (var b = 0; b < 8; b++)
        {
            var problem = batch.Problems[b];
            var features = batch.Features[b];
            var first = edgeRows - problem.Graph.Edges.Count;
            for (var e = 0; e < problem.Graph.Edges.Count; e++)
            {
                var row = batch.Inputs.Row(first + e, b);
                var edge = problem.Graph.Edges[e];
                Assert.Equal((float)edge.Weight, row[0]);
                Assert.Equal(0f, row[1]);
                Assert.Equal(features[edge.A], OneHotLabel(row[2..22]));
                Assert.Equal(features[edge.B], OneHotLabel(row[22..42]));
            }

            var query = batch.Inputs.Row(edgeRows, b);
            Assert.Equal(1f, query[1]);
            Assert.Equal(features[problem.Query[0]], OneHotLabel(query[2..22]));
            Assert.Equal(features[problem.Query[1]], OneHotLabel(query[22..42]));

            Assert.Equal(problem.Solution, batch.DecodeNodes(batch.Targets, b));
        }
    }

    [Fact]
    public void Spanning_tree_targets_list_each_tree_edge_as_two_endpoint_features()
    {
        var batch = new MinimumSpanningTreeTask(minNodes: 6, maxNodes: 6).NextBatch(new Rng(32), 8);

        Assert.Equal(11, batch.OutputSteps);
        for (var b = 0; b < 8; b++)
        {
            var problem = batch.Problems[b];
            var nodes = batch.DecodeNodes(batch.Targets, b);
            Assert.Equal(10, nodes.Length);
            var tree = KruskalSolver.MinimumSpanningTree(problem.Graph);
            for (var i = 0; i < tree.Length; i++)
            {
                Assert.Equal(problem.Graph.Edges[tree[i]].A, nodes[2 * i]);
                Assert.Equal(problem.Graph.Edges[tree[i]].B, nodes[2 * i + 1]);
            }

            Assert.Equal(FeatureClasses.End(20), batch.Targets[10 * 8 + b]);
        }
    }

    [Fact]
    public void Random_graphs_are_connected()
    {
        var task = new ShortestPathTask(minNodes: 2, maxNodes: 20, extraEdgeProbability: 0);
        var rng = new Rng(33);
        for (var trial = 0; trial < 100; trial++)
        {
            var graph = task.NextProblem(rng, 2 + rng.NextInt(19)).Graph;
            Assert.Equal(graph.NodeCount - 1, graph.Edges.Count);
            for (var node = 1; node < graph.NodeCount; node++)
            {
                Assert.NotEmpty(DijkstraSolver.ShortestPath(graph, 0, node));
            }
        }
    }

    [Fact]
    public void Graph_generators_are_deterministic_under_a_seed()
    {
        var task = new MinimumSpanningTreeTask();
        Assert.Equal(task.NextBatch(new Rng(3), 4).Inputs.Data, task.NextBatch(new Rng(3), 4).Inputs.Data);
        Assert.NotEqual(task.NextBatch(new Rng(3), 4).Inputs.Data, task.NextBatch(new Rng(4), 4).Inputs.Data);
    }

    private static int OneHotLabel(ReadOnlySpan<float> block)
    {
        var hot = block.IndexOf(1f);
        Assert.True(hot >= 0);
        Assert.Equal(1, block.ToArray().Count(v => v != 0f));
        return hot + 1;
    }
}
