namespace SamRL.Environments.Tasks.Graphs;

/// <summary>An undirected graph with non-negative edge weights and no self-loops or parallel edges.</summary>
public sealed class WeightedGraph
{
    /// <summary>Creates and validates a graph.</summary>
    /// <exception cref="ArgumentException">An edge is a self-loop, a duplicate, has a node out of range, or a negative/non-finite weight.</exception>
    public WeightedGraph(int nodeCount, IReadOnlyList<WeightedEdge> edges)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nodeCount);
        ArgumentNullException.ThrowIfNull(edges);
        var seen = new HashSet<(int, int)>();
        for (var i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            if ((uint)edge.A >= (uint)nodeCount || (uint)edge.B >= (uint)nodeCount || edge.A == edge.B)
            {
                throw new ArgumentException($"Edge {i} ({edge.A}, {edge.B}): expected two different nodes in [0, {nodeCount}).", nameof(edges));
            }

            if (!double.IsFinite(edge.Weight) || edge.Weight < 0)
            {
                throw new ArgumentException($"Edge {i}: expected a finite, non-negative weight, got {edge.Weight}.", nameof(edges));
            }

            if (!seen.Add((Math.Min(edge.A, edge.B), Math.Max(edge.A, edge.B))))
            {
                throw new ArgumentException($"Edge {i} ({edge.A}, {edge.B}): expected no parallel edges.", nameof(edges));
            }
        }

        NodeCount = nodeCount;
        Edges = [.. edges];
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount { get; }

    /// <summary>The edges, in input-sequence order.</summary>
    public IReadOnlyList<WeightedEdge> Edges { get; }
}
