namespace SamRL.Environments.Tasks.Geometry;

/// <summary>A convex-hull or TSP batch together with the problems and the feature labels it encodes.</summary>
public sealed class PointTaskBatch : ClassTargetBatch
{
    internal PointTaskBatch(
        TimeMajorArray inputs, int outputStart, int outputSteps, int[] targets, int featureCount, float[] mask,
        IReadOnlyList<PointProblem> problems, IReadOnlyList<int[]> features)
        : base(inputs, outputStart, outputSteps, targets, FeatureClasses.Count(featureCount), mask)
    {
        FeatureCount = featureCount;
        Problems = problems;
        Features = features;
    }

    /// <summary>Number of feature labels F (classes are F + 2, see <see cref="FeatureClasses"/>).</summary>
    public int FeatureCount { get; }

    /// <summary>The problem of each sequence.</summary>
    public IReadOnlyList<PointProblem> Problems { get; }

    /// <summary>The feature label (1..F) of each point, per sequence.</summary>
    public IReadOnlyList<int[]> Features { get; }

    /// <summary>The points (0-based indices) named by the predicted labels of sequence <paramref name="sequence"/>.</summary>
    /// <param name="predictedClasses">Predicted class per output step and sequence, [T_out, B].</param>
    /// <param name="sequence">The sequence b.</param>
    public int[] DecodePoints(ReadOnlySpan<int> predictedClasses, int sequence) =>
        FeatureClasses.DecodeItems(predictedClasses, BatchSize, sequence, FeatureCount, Features[sequence]);

    /// <summary>
    /// Mean length of the predicted tours over the batch (paper Table 3's TSP metric): each sequence's
    /// decoded points, visited in order and closed back to the first. Predictions that do not visit every
    /// point exactly once still get their path's length; <see cref="ValidTourFraction"/> says how many are tours.
    /// </summary>
    public double MeanTourLength(ReadOnlySpan<int> predictedClasses)
    {
        var total = 0.0;
        for (var b = 0; b < BatchSize; b++)
        {
            total += TourLength.Of(Problems[b].Points, DecodePoints(predictedClasses, b));
        }

        return total / BatchSize;
    }

    /// <summary>Fraction of sequences whose decoded points visit every point exactly once.</summary>
    public double ValidTourFraction(ReadOnlySpan<int> predictedClasses)
    {
        var valid = 0;
        for (var b = 0; b < BatchSize; b++)
        {
            valid += TourLength.IsPermutation(DecodePoints(predictedClasses, b), Problems[b].Points.Length) ? 1 : 0;
        }

        return (double)valid / BatchSize;
    }
}
