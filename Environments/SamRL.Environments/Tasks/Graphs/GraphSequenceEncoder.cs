using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks.Graphs;

/// <summary>
/// Encodes graph problems as sequences of triplets (node₁, node₂, weight₁₂) with random one-hot node
/// features (paper §3.3). The authors' exact encoding is unpublished; this is our design, mirroring the
/// convex-hull encoding.
/// </summary>
/// <remarks>
/// <para><b>Inputs</b> [E_max + 1 + T_out, B, 2 + 2F] with F feature labels (20 by default) and E_max the
/// most edges in the batch. Edge row = [weight, 0, one-hot feature of node₁ (F), one-hot feature of node₂
/// (F)], label ℓ at offset ℓ − 1 of its block. Sequences with fewer edges are left-padded with zero rows so
/// that every sequence's query row is row E_max: [0, 1, one-hot of the first query node, one-hot of the
/// second] (shortest path: source, target; minimum spanning tree: both blocks zero, the row only marks the
/// end of the edges). Then T_out zero decoding steps.</para>
/// <para><b>Features</b>: distinct labels drawn at random from 1..F per sequence.</para>
/// <para><b>Targets</b> [T_out, B]: the features of the solution nodes, then the end class F + 1, then
/// padding 0 (mask 0); T_out is the longest solution + 1 and predictions start at
/// <see cref="TaskBatch.OutputStart"/> = E_max + 1. Loss: cross-entropy over F + 2 classes on masked steps;
/// metric: <see cref="TaskMetrics.PerStepAccuracy"/>.</para>
/// </remarks>
public sealed class GraphSequenceEncoder
{
    /// <summary>Creates an encoder with <paramref name="featureCount"/> feature labels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 labels.</exception>
    public GraphSequenceEncoder(int featureCount = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(featureCount, 2);
        FeatureCount = featureCount;
    }

    /// <summary>Number of feature labels F; also the most nodes a graph may have.</summary>
    public int FeatureCount { get; }

    /// <summary>Width of an input row: weight, query flag and two feature blocks.</summary>
    public int InputWidth => 2 + 2 * FeatureCount;

    /// <summary>Encodes <paramref name="problems"/> as one batch, drawing feature labels from <paramref name="rng"/>.</summary>
    /// <exception cref="ArgumentException">No problems, a graph with more nodes than labels, no edges, or an empty solution.</exception>
    public GraphTaskBatch Encode(IReadOnlyList<GraphProblem> problems, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(rng);
        if (problems.Count == 0)
        {
            throw new ArgumentException("Expected at least one problem.", nameof(problems));
        }

        var maxEdges = 0;
        var maxSolution = 0;
        for (var b = 0; b < problems.Count; b++)
        {
            var problem = problems[b];
            if (problem.Graph.NodeCount > FeatureCount || problem.Graph.Edges.Count == 0 || problem.Solution.Length == 0 || problem.Query.Length > 2)
            {
                throw new ArgumentException(
                    $"Problem {b}: expected 1..{FeatureCount} nodes, at least one edge, a non-empty solution and at most 2 query nodes.",
                    nameof(problems));
            }

            if (problem.Query.Concat(problem.Solution).Any(node => (uint)node >= (uint)problem.Graph.NodeCount))
            {
                throw new ArgumentException($"Problem {b}: expected query and solution nodes in [0, {problem.Graph.NodeCount}).", nameof(problems));
            }

            maxEdges = Math.Max(maxEdges, problem.Graph.Edges.Count);
            maxSolution = Math.Max(maxSolution, problem.Solution.Length);
        }

        var batchSize = problems.Count;
        var outputStart = maxEdges + 1;
        var outputSteps = maxSolution + 1;
        var inputs = new TimeMajorArray(outputStart + outputSteps, batchSize, InputWidth);
        var targets = new int[outputSteps * batchSize];
        var mask = new float[outputSteps * batchSize];
        var features = new int[batchSize][];
        for (var b = 0; b < batchSize; b++)
        {
            var problem = problems[b];
            var labels = Sampling.Permutation(rng, FeatureCount);
            features[b] = [.. labels[..problem.Graph.NodeCount].Select(label => label + 1)];
            var firstRow = maxEdges - problem.Graph.Edges.Count;
            for (var e = 0; e < problem.Graph.Edges.Count; e++)
            {
                var edge = problem.Graph.Edges[e];
                var row = inputs.Row(firstRow + e, b);
                row[0] = (float)edge.Weight;
                row[1 + features[b][edge.A]] = 1f;
                row[1 + FeatureCount + features[b][edge.B]] = 1f;
            }

            var query = inputs.Row(maxEdges, b);
            query[1] = 1f;
            for (var q = 0; q < problem.Query.Length; q++)
            {
                query[1 + q * FeatureCount + features[b][problem.Query[q]]] = 1f;
            }

            FeatureClasses.WriteTargets(targets, mask, batchSize, b, FeatureCount, features[b], problem.Solution);
        }

        return new GraphTaskBatch(inputs, outputStart, outputSteps, targets, FeatureCount, mask, problems, features);
    }
}
