using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks.Graphs;

/// <summary>
/// Random connected weighted graphs for the shortest-path and minimum-spanning-tree tasks. The authors
/// published no generator (their Appendix H is missing); this is our design:
/// <list type="number">
/// <item><description>a random spanning tree, so the graph is connected: nodes are taken in random order and
/// each attaches to a uniformly chosen node before it;</description></item>
/// <item><description>every other node pair becomes an edge with probability <c>extraEdgeProbability</c>;</description></item>
/// <item><description>weights are U(0, 1], rounded to single precision so the model's input and the
/// solver see the same number;</description></item>
/// <item><description>the edge list is shuffled and each edge's endpoints are swapped with probability ½.</description></item>
/// </list>
/// </summary>
internal static class RandomGraphs
{
    public static WeightedGraph Connected(Rng rng, int nodeCount, double extraEdgeProbability)
    {
        var order = Sampling.Permutation(rng, nodeCount);
        var adjacent = new bool[nodeCount, nodeCount];
        var pairs = new List<(int A, int B)>();
        for (var i = 1; i < nodeCount; i++)
        {
            var a = order[i];
            var b = order[rng.NextInt(i)];
            adjacent[a, b] = adjacent[b, a] = true;
            pairs.Add((a, b));
        }

        for (var a = 0; a < nodeCount; a++)
        {
            for (var b = a + 1; b < nodeCount; b++)
            {
                if (!adjacent[a, b] && rng.NextDouble() < extraEdgeProbability)
                {
                    pairs.Add((a, b));
                }
            }
        }

        var shuffled = Sampling.Permutation(rng, pairs.Count);
        var edges = new WeightedEdge[pairs.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            var (a, b) = pairs[shuffled[i]];
            if (rng.NextUInt64() >> 63 == 1)
            {
                (a, b) = (b, a);
            }

            edges[i] = new WeightedEdge(a, b, (float)(1.0 - rng.NextDouble()));
        }

        return new WeightedGraph(nodeCount, edges);
    }
}
