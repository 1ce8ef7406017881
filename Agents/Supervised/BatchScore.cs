namespace SamRL.Agents.Supervised;

/// <summary>
/// A task metric on one batch with the weight it carries when batches are averaged (sequences, or counted output
/// steps for per-step accuracy), and per-task extras such as the TSP tour length (averaged with the same weight
/// by sequences).
/// </summary>
/// <param name="Metric">The task's metric on the batch.</param>
/// <param name="Weight">How much the batch counts in a mean over batches.</param>
/// <param name="Sequences">Sequences in the batch (the weight of the extras).</param>
/// <param name="Extra">Extra numbers by name; empty for most tasks.</param>
public sealed record BatchScore(double Metric, double Weight, int Sequences, IReadOnlyDictionary<string, double> Extra);
