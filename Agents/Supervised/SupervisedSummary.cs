namespace SamRL.Agents.Supervised;

/// <summary>The outcome of <see cref="SupervisedTrainer.Run"/>.</summary>
/// <param name="Reason">Why it stopped.</param>
/// <param name="Iteration">Iterations done.</param>
/// <param name="BestValidation">The best validation metric, or null when there was no validation.</param>
/// <param name="Test">The best model's test metric, or null when the run was cancelled.</param>
/// <param name="Elapsed">Training time (resumed sessions included).</param>
/// <param name="CheckpointPath">The last checkpoint.</param>
public sealed record SupervisedSummary(StopReason Reason, long Iteration, double? BestValidation, double? Test, TimeSpan Elapsed, string CheckpointPath);
