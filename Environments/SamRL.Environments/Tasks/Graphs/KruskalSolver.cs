namespace SamRL.Environments.Tasks.Graphs;

/// <summary>Minimum spanning forests by Kruskal's algorithm with a union–find (path halving, union by size).</summary>
public static class KruskalSolver
{
    /// <summary>
    /// Indices into <see cref="WeightedGraph.Edges"/> of a minimum spanning forest, in the order Kruskal
    /// accepts them: ascending weight, ties broken by edge index.
    /// </summary>
    public static int[] MinimumSpanningTree(WeightedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var order = Enumerable.Range(0, graph.Edges.Count)
            .OrderBy(i => graph.Edges[i].Weight).ThenBy(i => i).ToArray();
        var parent = Enumerable.Range(0, graph.NodeCount).ToArray();
        var size = Enumerable.Repeat(1, graph.NodeCount).ToArray();
        var accepted = new List<int>(graph.NodeCount - 1);
        foreach (var index in order)
        {
            var a = Root(parent, graph.Edges[index].A);
            var b = Root(parent, graph.Edges[index].B);
            if (a == b)
            {
                continue;
            }

            if (size[a] < size[b])
            {
                (a, b) = (b, a);
            }

            parent[b] = a;
            size[a] += size[b];
            accepted.Add(index);
        }

        return [.. accepted];
    }

    private static int Root(int[] parent, int node)
    {
        while (parent[node] != node)
        {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }

        return node;
    }
}
