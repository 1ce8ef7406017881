namespace SamRL.Environments.Tasks.Geometry;

/// <summary>
/// Convex hull (paper §3.3, Table 3; reference §4.6) on random points in the unit square (<see cref="RandomPointTask"/>),
/// solved exactly by <see cref="ConvexHullSolver"/>.
/// </summary>
/// <remarks>
/// The output is the hull vertices' feature labels counterclockwise from the lowest-index vertex, then the end class.
/// Metric: <see cref="TaskMetrics.PerStepAccuracy"/>. For the Pointer-Network files use <see cref="PointerNetworkTask"/>.
/// </remarks>
public sealed class ConvexHullTask : RandomPointTask
{
    /// <summary>Creates the task; the paper evaluates N = 5 and N = 10, with 20 feature labels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 3 points, min &gt; max, or more points than labels.</exception>
    public ConvexHullTask(int minPoints = 5, int maxPoints = 10, int featureCount = 20, bool randomFeatures = true)
        : base(minPoints, maxPoints, featureCount, randomFeatures)
    {
    }

    /// <inheritdoc/>
    protected override int[] Solve(IReadOnlyList<Point2> points) => ConvexHullSolver.Solve(points);
}
