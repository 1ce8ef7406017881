namespace SamRL.Environments.Tasks.Graphs;

/// <summary>A shortest-path or minimum-spanning-tree batch together with its problems and node feature labels.</summary>
public sealed class GraphTaskBatch : ClassTargetBatch
{
    internal GraphTaskBatch(
        TimeMajorArray inputs, int outputStart, int outputSteps, int[] targets, int featureCount, float[] mask,
        IReadOnlyList<GraphProblem> problems, IReadOnlyList<int[]> features)
        : base(inputs, outputStart, outputSteps, targets, FeatureClasses.Count(featureCount), mask)
    {
        FeatureCount = featureCount;
        Problems = problems;
        Features = features;
    }

    /// <summary>Number of feature labels F (classes are F + 2, see <see cref="FeatureClasses"/>).</summary>
    public int FeatureCount { get; }

    /// <summary>The problem of each sequence.</summary>
    public IReadOnlyList<GraphProblem> Problems { get; }

    /// <summary>The feature label (1..F) of each node, per sequence.</summary>
    public IReadOnlyList<int[]> Features { get; }

    /// <summary>The nodes named by the predicted labels of sequence <paramref name="sequence"/>.</summary>
    /// <param name="predictedClasses">Predicted class per output step and sequence, [T_out, B].</param>
    /// <param name="sequence">The sequence b.</param>
    public int[] DecodeNodes(ReadOnlySpan<int> predictedClasses, int sequence) =>
        FeatureClasses.DecodeItems(predictedClasses, BatchSize, sequence, FeatureCount, Features[sequence]);
}
