namespace SamRL.Runner.Reports;

/// <summary>One point of a learning curve.</summary>
/// <param name="X">Iteration (supervised) or games played (reinforcement).</param>
/// <param name="Y">The metric, or the 100-game moving-average reward.</param>
public readonly record struct CurvePoint(double X, double Y);
