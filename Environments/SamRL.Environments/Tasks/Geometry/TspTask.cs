namespace SamRL.Environments.Tasks.Geometry;

/// <summary>
/// Travelling salesman (paper §3.3, Table 3; reference §4.6) on random points in the unit square
/// (<see cref="RandomPointTask"/>), solved exactly by <see cref="ExactTspSolver"/> (Held–Karp), so
/// N ≤ <see cref="ExactTspSolver.MaxPoints"/>.
/// </summary>
/// <remarks>
/// The output is the optimal tour's feature labels from point 0, in the direction whose second point has the lower
/// index, then the end class. Metrics: <see cref="TaskMetrics.PerStepAccuracy"/> and
/// <see cref="PointTaskBatch.MeanTourLength"/>. Optimal mean tours of uniform points are about 2.12 (N = 5)
/// and 2.87 (N = 10) (Vinyals et al. 2015, and our tests); the SAM paper quotes 2.05 and 2.88 for its test files.
/// </remarks>
public sealed class TspTask : RandomPointTask
{
    /// <summary>Creates the task; the paper evaluates N = 5 and N = 10, with 20 feature labels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 3 points, min &gt; max, or more points than the exact solver or the labels allow.</exception>
    public TspTask(int minPoints = 5, int maxPoints = 10, int featureCount = 20, bool randomFeatures = true)
        : base(minPoints, maxPoints, featureCount, randomFeatures)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxPoints, ExactTspSolver.MaxPoints);
    }

    /// <inheritdoc/>
    protected override int[] Solve(IReadOnlyList<Point2> points) => ExactTspSolver.Solve(points);
}
