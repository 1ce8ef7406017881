namespace SamRL.Runner.Runs;

/// <summary>An evaluation row of metrics.csv: its point on the curve and its text, to write back unchanged.</summary>
/// <param name="Point">The evaluation episode.</param>
/// <param name="Line">The CSV row, without its newline.</param>
/// <param name="Frames">The training frames of the row.</param>
public sealed record LoggedEvaluation(EvaluationPoint Point, string Line, long Frames);
