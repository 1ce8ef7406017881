namespace SamRL.Environments.Tasks.Graphs;

/// <summary>An undirected edge between nodes <paramref name="A"/> and <paramref name="B"/> (0-based).</summary>
/// <param name="A">First endpoint, as presented in the input sequence.</param>
/// <param name="B">Second endpoint.</param>
/// <param name="Weight">Non-negative edge weight.</param>
public readonly record struct WeightedEdge(int A, int B, double Weight);
