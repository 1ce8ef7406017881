namespace SamRL.Environments.Tasks.Graphs;

/// <summary>
/// Single-pair shortest paths by Dijkstra's algorithm with an O(V²) scan for the closest unsettled node —
/// the right trade-off for the task's small dense graphs.
/// </summary>
public static class DijkstraSolver
{
    /// <summary>
    /// The nodes of a shortest path from <paramref name="source"/> to <paramref name="target"/>, both
    /// included, or an empty array when the target is unreachable.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A node is outside the graph.</exception>
    public static int[] ShortestPath(WeightedGraph graph, int source, int target)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)source, (uint)n, nameof(source));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)target, (uint)n, nameof(target));

        var weights = AdjacencyMatrix(graph);
        var distance = new double[n];
        var previous = new int[n];
        var settled = new bool[n];
        Array.Fill(distance, double.PositiveInfinity);
        Array.Fill(previous, -1);
        distance[source] = 0;
        for (var round = 0; round < n; round++)
        {
            var closest = -1;
            for (var node = 0; node < n; node++)
            {
                if (!settled[node] && (closest < 0 || distance[node] < distance[closest]))
                {
                    closest = node;
                }
            }

            if (double.IsPositiveInfinity(distance[closest]))
            {
                break;
            }

            settled[closest] = true;
            for (var next = 0; next < n; next++)
            {
                var candidate = distance[closest] + weights[closest, next];
                if (!settled[next] && candidate < distance[next])
                {
                    distance[next] = candidate;
                    previous[next] = closest;
                }
            }
        }

        if (double.IsPositiveInfinity(distance[target]))
        {
            return [];
        }

        var path = new List<int>();
        for (var node = target; node >= 0; node = previous[node])
        {
            path.Add(node);
        }

        path.Reverse();
        return [.. path];
    }

    /// <summary>Total weight of a path given as consecutive nodes joined by graph edges.</summary>
    /// <exception cref="ArgumentException">Two consecutive nodes are not joined by an edge.</exception>
    public static double PathWeight(WeightedGraph graph, ReadOnlySpan<int> path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var weights = AdjacencyMatrix(graph);
        var total = 0.0;
        for (var i = 1; i < path.Length; i++)
        {
            var weight = weights[path[i - 1], path[i]];
            if (double.IsPositiveInfinity(weight))
            {
                throw new ArgumentException($"Expected an edge between path nodes {path[i - 1]} and {path[i]}.", nameof(path));
            }

            total += weight;
        }

        return total;
    }

    private static double[,] AdjacencyMatrix(WeightedGraph graph)
    {
        var weights = new double[graph.NodeCount, graph.NodeCount];
        for (var a = 0; a < graph.NodeCount; a++)
        {
            for (var b = 0; b < graph.NodeCount; b++)
            {
                weights[a, b] = double.PositiveInfinity;
            }
        }

        foreach (var edge in graph.Edges)
        {
            weights[edge.A, edge.B] = edge.Weight;
            weights[edge.B, edge.A] = edge.Weight;
        }

        return weights;
    }
}
