namespace SamRL.Agents.Supervised;

/// <summary>One evaluation of a supervised run on its validation or test batches.</summary>
/// <param name="Split">Validation or test.</param>
/// <param name="Iteration">Iterations trained when the evaluated model was current (for test: the best model's).</param>
/// <param name="Examples">Training sequences seen so far.</param>
/// <param name="ElapsedSeconds">Training time so far.</param>
/// <param name="Loss">Mean loss over the split.</param>
/// <param name="Metric">The task's metric over the split.</param>
/// <param name="Extra">Extra numbers (TSP: tourLength, optimalTourLength, validTours).</param>
/// <param name="BestValidation">The best validation metric so far, this one included.</param>
/// <param name="IsBest">Whether this validation is the new best (its model is in best.ckpt).</param>
public sealed record EvaluationReport(
    EvaluationSplit Split,
    long Iteration,
    long Examples,
    double ElapsedSeconds,
    double Loss,
    double Metric,
    IReadOnlyDictionary<string, double> Extra,
    double? BestValidation,
    bool IsBest);
