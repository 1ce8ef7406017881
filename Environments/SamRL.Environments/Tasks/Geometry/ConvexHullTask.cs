using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks.Geometry;

/// <summary>
/// Convex hull (paper §3.3, Table 3; reference §4.6) on random points in the unit square, solved exactly by
/// <see cref="ConvexHullSolver"/>. One point count N ~ U{<see cref="MinPoints"/>..<see cref="MaxPoints"/>}
/// per batch (like the authors' bucketed batches); coordinates U[0, 1).
/// </summary>
/// <remarks>
/// Layout, decoding steps and targets are those of <see cref="PointSequenceEncoder"/>: the output is the hull
/// vertices' feature labels counterclockwise from the lowest-index vertex, then the end class. Metric:
/// <see cref="TaskMetrics.PerStepAccuracy"/>. For the Pointer-Network files use <see cref="PointerNetworkTask"/>.
/// </remarks>
public sealed class ConvexHullTask : ISequenceTask<PointTaskBatch>
{
    private readonly PointSequenceEncoder encoder;

    /// <summary>Creates the task; the paper evaluates N = 5 and N = 10, with 20 feature labels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 3 points, min &gt; max, or more points than labels.</exception>
    public ConvexHullTask(int minPoints = 5, int maxPoints = 10, int featureCount = 20, bool randomFeatures = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minPoints, 3);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, minPoints);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxPoints, featureCount);
        encoder = new PointSequenceEncoder(featureCount);
        MinPoints = minPoints;
        MaxPoints = maxPoints;
        RandomFeatures = randomFeatures;
    }

    /// <summary>Fewest points per problem.</summary>
    public int MinPoints { get; }

    /// <summary>Most points per problem.</summary>
    public int MaxPoints { get; }

    /// <summary>Whether feature labels are random (true) or ℓ = k + 1.</summary>
    public bool RandomFeatures { get; }

    /// <inheritdoc/>
    public int InputWidth => encoder.InputWidth;

    /// <inheritdoc/>
    public int OutputWidth => FeatureClasses.Count(encoder.FeatureCount);

    /// <summary>A random problem with <paramref name="pointCount"/> points and its exact hull.</summary>
    public static PointProblem NextProblem(Rng rng, int pointCount)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var points = RandomPoints.InUnitSquare(rng, pointCount);
        return new PointProblem(points, ConvexHullSolver.Solve(points));
    }

    /// <inheritdoc/>
    public PointTaskBatch NextBatch(Rng rng, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var pointCount = Sampling.Between(rng, MinPoints, MaxPoints);
        var problems = new PointProblem[batchSize];
        for (var b = 0; b < batchSize; b++)
        {
            problems[b] = NextProblem(rng, pointCount);
        }

        return encoder.Encode(problems, rng, RandomFeatures);
    }
}
