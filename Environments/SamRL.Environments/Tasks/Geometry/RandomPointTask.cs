using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks.Geometry;

/// <summary>
/// What the geometry tasks share (paper §3.3, Table 3; reference §4.6): random points in the unit square, coordinates
/// U[0, 1), one point count N ~ U{<see cref="MinPoints"/>..<see cref="MaxPoints"/>} per batch (like the authors'
/// bucketed batches), the layout, decoding steps and targets of <see cref="PointSequenceEncoder"/>. A task only says
/// how a problem is solved (<see cref="Solve"/>).
/// </summary>
public abstract class RandomPointTask : ISequenceTask<PointTaskBatch>
{
    private readonly PointSequenceEncoder encoder;

    /// <summary>Checks the sizes and keeps them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 3 points, min &gt; max, or more points than labels.</exception>
    protected RandomPointTask(int minPoints, int maxPoints, int featureCount, bool randomFeatures)
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

    /// <summary>A random problem with <paramref name="pointCount"/> points and its solution.</summary>
    public PointProblem NextProblem(Rng rng, int pointCount)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var points = RandomPoints.InUnitSquare(rng, pointCount);
        return new PointProblem(points, Solve(points));
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

    /// <summary>The solution of <paramref name="points"/>: the indices of the points to output, in order.</summary>
    protected abstract int[] Solve(IReadOnlyList<Point2> points);
}
