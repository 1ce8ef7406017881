using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks.Geometry;

/// <summary>
/// Encodes point problems (convex hull, TSP) as the authors' encoder does (reference §4.6), with F feature
/// labels (20 by default, the authors' N_max).
/// </summary>
/// <remarks>
/// <para><b>Inputs</b> [n_max + 1 + T_out, B, F + 4] where n_max is the largest point count in the batch:
/// row = [x, y, end flag, one-hot feature (F + 1 channels)]; the feature ℓ ∈ 1..F of a point sits at channel
/// 2 + ℓ, and channel 2 is 1 on the last point's row. Sequences with fewer points are left-padded with zero
/// rows so every sequence ends at row n_max − 1; row n_max is all zeros; then T_out zero decoding steps.</para>
/// <para><b>Features</b>: distinct labels drawn at random from 1..F for every sequence (paper §3.3: "a random
/// one-hot associated feature for each point"), or ℓ = k + 1 for point k when random features are off.</para>
/// <para><b>Targets</b> [T_out, B]: the labels of the solution points in order, then the end class F + 1,
/// then padding 0 (mask 0). T_out is the longest solution in the batch + 1; predictions start at
/// <see cref="TaskBatch.OutputStart"/> = n_max + 1. Loss: cross-entropy over F + 2 classes on masked steps;
/// metric: <see cref="TaskMetrics.PerStepAccuracy"/> (and the tour length for TSP).</para>
/// </remarks>
public sealed class PointSequenceEncoder
{
    /// <summary>Creates an encoder with <paramref name="featureCount"/> feature labels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 labels.</exception>
    public PointSequenceEncoder(int featureCount = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(featureCount, 2);
        FeatureCount = featureCount;
    }

    /// <summary>Number of feature labels F; also the most points a problem may have.</summary>
    public int FeatureCount { get; }

    /// <summary>Width of an input row: x, y, end flag and F + 1 feature channels.</summary>
    public int InputWidth => FeatureCount + 4;

    /// <summary>Encodes <paramref name="problems"/> as one batch.</summary>
    /// <param name="problems">One problem per sequence.</param>
    /// <param name="rng">Source of the random feature labels.</param>
    /// <param name="randomFeatures">Draw random labels (training and the paper's tests) rather than ℓ = k + 1.</param>
    /// <exception cref="ArgumentException">No problems, a problem with more points than labels, or an empty solution.</exception>
    public PointTaskBatch Encode(IReadOnlyList<PointProblem> problems, Rng rng, bool randomFeatures = true)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(rng);
        if (problems.Count == 0)
        {
            throw new ArgumentException("Expected at least one problem.", nameof(problems));
        }

        var maxPoints = 0;
        var maxSolution = 0;
        for (var b = 0; b < problems.Count; b++)
        {
            var problem = problems[b];
            if (problem.Points.Length > FeatureCount || problem.Solution.Length == 0)
            {
                throw new ArgumentException(
                    $"Problem {b}: expected 1..{FeatureCount} points and a non-empty solution, got {problem.Points.Length} points and {problem.Solution.Length} solution entries.",
                    nameof(problems));
            }

            if (problem.Solution.Any(index => (uint)index >= (uint)problem.Points.Length))
            {
                throw new ArgumentException($"Problem {b}: expected solution indices in [0, {problem.Points.Length}).", nameof(problems));
            }

            maxPoints = Math.Max(maxPoints, problem.Points.Length);
            maxSolution = Math.Max(maxSolution, problem.Solution.Length);
        }

        var batchSize = problems.Count;
        var outputStart = maxPoints + 1;
        var outputSteps = maxSolution + 1;
        var inputs = new TimeMajorArray(outputStart + outputSteps, batchSize, InputWidth);
        var targets = new int[outputSteps * batchSize];
        var mask = new float[outputSteps * batchSize];
        var features = new int[batchSize][];
        for (var b = 0; b < batchSize; b++)
        {
            var problem = problems[b];
            features[b] = FeatureLabels(rng, problem.Points.Length, randomFeatures);
            var firstRow = maxPoints - problem.Points.Length;
            for (var k = 0; k < problem.Points.Length; k++)
            {
                var row = inputs.Row(firstRow + k, b);
                row[0] = (float)problem.Points[k].X;
                row[1] = (float)problem.Points[k].Y;
                row[2 + features[b][k]] = 1f;
            }

            inputs[maxPoints - 1, b, 2] = 1f;
            FeatureClasses.WriteTargets(targets, mask, batchSize, b, FeatureCount, features[b], problem.Solution);
        }

        return new PointTaskBatch(inputs, outputStart, outputSteps, targets, FeatureCount, mask, problems, features);
    }

    private int[] FeatureLabels(Rng rng, int pointCount, bool randomFeatures)
    {
        var labels = new int[pointCount];
        if (randomFeatures)
        {
            var permutation = Sampling.Permutation(rng, FeatureCount);
            for (var k = 0; k < pointCount; k++)
            {
                labels[k] = permutation[k] + 1;
            }
        }
        else
        {
            for (var k = 0; k < pointCount; k++)
            {
                labels[k] = k + 1;
            }
        }

        return labels;
    }
}
