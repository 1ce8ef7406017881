namespace SamRL.Environments.Tasks.Geometry;

/// <summary>A point-set problem with its solution: one line of a Pointer-Network file, or a generated instance.</summary>
/// <param name="Points">The input points, in input order.</param>
/// <param name="Solution">0-based indices of the solution points in visiting order, without the closing repeat of the first.</param>
public sealed record PointProblem(Point2[] Points, int[] Solution);
