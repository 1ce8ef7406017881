using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks.Graphs;

/// <summary>
/// What the graph tasks share (paper §3.3, Table 3): random connected weighted graphs (<see cref="RandomGraphs"/>'s
/// design), one node count N ~ U{<see cref="MinNodes"/>..<see cref="MaxNodes"/>} per batch, the layout of
/// <see cref="GraphSequenceEncoder"/>. A task only says what it asks about a graph and how that is solved
/// (<see cref="Pose"/>).
/// </summary>
public abstract class RandomGraphTask : ISequenceTask<GraphTaskBatch>
{
    private readonly GraphSequenceEncoder encoder;

    /// <summary>Checks the sizes and keeps them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 nodes, min &gt; max, more nodes than labels, or a probability outside [0, 1].</exception>
    protected RandomGraphTask(int minNodes, int maxNodes, double extraEdgeProbability, int featureCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minNodes, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, minNodes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxNodes, featureCount);
        if (!(extraEdgeProbability >= 0 && extraEdgeProbability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(extraEdgeProbability), extraEdgeProbability, "Expected a probability in [0, 1].");
        }

        encoder = new GraphSequenceEncoder(featureCount);
        MinNodes = minNodes;
        MaxNodes = maxNodes;
        ExtraEdgeProbability = extraEdgeProbability;
    }

    /// <summary>Fewest nodes per graph.</summary>
    public int MinNodes { get; }

    /// <summary>Most nodes per graph.</summary>
    public int MaxNodes { get; }

    /// <summary>Probability that a node pair not in the random spanning tree is joined by an edge.</summary>
    public double ExtraEdgeProbability { get; }

    /// <inheritdoc/>
    public int InputWidth => encoder.InputWidth;

    /// <inheritdoc/>
    public int OutputWidth => FeatureClasses.Count(encoder.FeatureCount);

    /// <summary>A random problem with <paramref name="nodeCount"/> nodes and its solution.</summary>
    public GraphProblem NextProblem(Rng rng, int nodeCount)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return Pose(rng, RandomGraphs.Connected(rng, nodeCount, ExtraEdgeProbability));
    }

    /// <inheritdoc/>
    public GraphTaskBatch NextBatch(Rng rng, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var nodeCount = Sampling.Between(rng, MinNodes, MaxNodes);
        var problems = new GraphProblem[batchSize];
        for (var b = 0; b < batchSize; b++)
        {
            problems[b] = NextProblem(rng, nodeCount);
        }

        return encoder.Encode(problems, rng);
    }

    /// <summary>The problem on <paramref name="graph"/>: its query (drawn from <paramref name="rng"/> if it has one) and solution.</summary>
    protected abstract GraphProblem Pose(Rng rng, WeightedGraph graph);
}
