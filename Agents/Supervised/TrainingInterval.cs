namespace SamRL.Agents.Supervised;

/// <summary>The training loss and metric averaged over one logging interval (200 iterations).</summary>
/// <param name="Iteration">Iterations done at the end of the interval.</param>
/// <param name="Examples">Training sequences seen so far.</param>
/// <param name="ElapsedSeconds">Training time so far (resumed sessions included).</param>
/// <param name="Loss">Mean training loss over the interval.</param>
/// <param name="Metric">Mean training metric over the interval.</param>
/// <param name="IterationsPerSecond">Speed over the interval.</param>
public sealed record TrainingInterval(long Iteration, long Examples, double ElapsedSeconds, double Loss, double Metric, double IterationsPerSecond);
