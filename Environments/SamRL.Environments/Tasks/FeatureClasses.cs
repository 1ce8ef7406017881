namespace SamRL.Environments.Tasks;

/// <summary>
/// The output classes of the geometry and graph tasks (paper §3.3): every point or node carries a random
/// one-hot feature label, and the model outputs labels. With F feature labels there are F + 2 classes:
/// 0 = padding (masked out), 1..F = feature labels, F + 1 = end of output.
/// </summary>
public static class FeatureClasses
{
    /// <summary>The padding class.</summary>
    public const int Padding = 0;

    /// <summary>The end-of-output class for <paramref name="featureCount"/> labels.</summary>
    public static int End(int featureCount) => featureCount + 1;

    /// <summary>The number of classes for <paramref name="featureCount"/> labels.</summary>
    public static int Count(int featureCount) => featureCount + 2;

    /// <summary>
    /// Writes sequence <paramref name="sequence"/>'s targets into the time-major <paramref name="targets"/> and
    /// <paramref name="mask"/> ([T_out, B]): the feature label of each solution item in order, then the end class, each
    /// with mask 1; later steps stay padding with mask 0.
    /// </summary>
    public static void WriteTargets(
        Span<int> targets, Span<float> mask, int batchSize, int sequence, int featureCount, IReadOnlyList<int> features, IReadOnlyList<int> solution)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(solution);
        for (var step = 0; step <= solution.Count; step++)
        {
            targets[step * batchSize + sequence] = step < solution.Count ? features[solution[step]] : End(featureCount);
            mask[step * batchSize + sequence] = 1f;
        }
    }

    /// <summary>
    /// Maps predicted classes back to items (points or nodes): reads <paramref name="predictedClasses"/>
    /// ([T_out, B]) for one sequence up to the first end or padding class and returns, for each label that
    /// names an item, that item's index. Labels that name no item of this sequence are skipped.
    /// </summary>
    /// <param name="predictedClasses">Predicted class per output step and sequence, [T_out, B].</param>
    /// <param name="batchSize">B.</param>
    /// <param name="sequence">The sequence b to decode.</param>
    /// <param name="featureCount">F, the number of feature labels (fixes the end class).</param>
    /// <param name="features">The feature label of each item of that sequence.</param>
    /// <exception cref="ArgumentException">The prediction length is not a multiple of the batch size.</exception>
    public static int[] DecodeItems(
        ReadOnlySpan<int> predictedClasses, int batchSize, int sequence, int featureCount, IReadOnlyList<int> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)sequence, (uint)batchSize, nameof(sequence));
        if (predictedClasses.Length % batchSize != 0)
        {
            throw new ArgumentException(
                $"Expected [T_out, {batchSize}] predictions, got {predictedClasses.Length} values.", nameof(predictedClasses));
        }

        var items = new List<int>();
        for (var step = 0; step < predictedClasses.Length / batchSize; step++)
        {
            var label = predictedClasses[step * batchSize + sequence];
            if (label == Padding || label == End(featureCount))
            {
                break;
            }

            for (var item = 0; item < features.Count; item++)
            {
                if (features[item] == label)
                {
                    items.Add(item);
                    break;
                }
            }
        }

        return [.. items];
    }
}
