namespace SamRL.Environments.Tasks.Graphs;

/// <summary>A graph problem with its solution.</summary>
/// <param name="Graph">The weighted graph; its edges are presented in <see cref="WeightedGraph.Edges"/> order.</param>
/// <param name="Query">The nodes named in the query row: (source, target) for shortest path, none for minimum spanning tree.</param>
/// <param name="Solution">The nodes whose features form the target sequence, in output order.</param>
public sealed record GraphProblem(WeightedGraph Graph, int[] Query, int[] Solution);
