using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks.Geometry;

/// <summary>
/// Batches drawn from Pointer-Network problems (<see cref="PointerNetworkFile"/>), as the authors' loader
/// does: each batch picks a point count uniformly among those present, then samples B problems of that
/// count with replacement. Problems with more points than feature labels are dropped (the authors drop
/// files' lines above N_max = 20); <see cref="DroppedCount"/> says how many.
/// </summary>
public sealed class PointerNetworkTask : ISequenceTask<PointTaskBatch>
{
    private readonly PointSequenceEncoder encoder;
    private readonly PointProblem[] problems;
    private readonly PointProblem[][] buckets;

    /// <summary>Creates the task over <paramref name="problems"/>.</summary>
    /// <exception cref="ArgumentException">No problem has at most <paramref name="featureCount"/> points.</exception>
    public PointerNetworkTask(IReadOnlyList<PointProblem> problems, int featureCount = 20, bool randomFeatures = true)
    {
        ArgumentNullException.ThrowIfNull(problems);
        encoder = new PointSequenceEncoder(featureCount);
        var kept = problems.Where(p => p.Points.Length <= featureCount).ToArray();
        if (kept.Length == 0)
        {
            throw new ArgumentException($"Expected at least one problem with at most {featureCount} points.", nameof(problems));
        }

        DroppedCount = problems.Count - kept.Length;
        this.problems = kept;
        buckets = [.. kept.GroupBy(p => p.Points.Length).OrderBy(g => g.Key).Select(g => g.ToArray())];
        RandomFeatures = randomFeatures;
    }

    /// <summary>How many problems were dropped for having more points than feature labels.</summary>
    public int DroppedCount { get; }

    /// <summary>The problems kept, in file order.</summary>
    public IReadOnlyList<PointProblem> Problems => problems;

    /// <summary>The point counts present, ascending.</summary>
    public IReadOnlyList<int> PointCounts => [.. buckets.Select(b => b[0].Points.Length)];

    /// <summary>Whether feature labels are random (true) or ℓ = k + 1.</summary>
    public bool RandomFeatures { get; }

    /// <inheritdoc/>
    public int InputWidth => encoder.InputWidth;

    /// <inheritdoc/>
    public int OutputWidth => FeatureClasses.Count(encoder.FeatureCount);

    /// <summary>
    /// Every kept problem once, in file order, in batches of <paramref name="batchSize"/> (the last may be
    /// smaller; mixed point counts are left-padded) — the evaluation pass over a test file. Feature labels
    /// are drawn from <paramref name="rng"/> when <see cref="RandomFeatures"/> is set.
    /// </summary>
    public IEnumerable<PointTaskBatch> EvaluationBatches(int batchSize, Rng rng)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentNullException.ThrowIfNull(rng);
        for (var start = 0; start < problems.Length; start += batchSize)
        {
            yield return encoder.Encode(problems[start..Math.Min(problems.Length, start + batchSize)], rng, RandomFeatures);
        }
    }

    /// <inheritdoc/>
    public PointTaskBatch NextBatch(Rng rng, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var bucket = buckets[rng.NextInt(buckets.Length)];
        var problems = new PointProblem[batchSize];
        for (var b = 0; b < batchSize; b++)
        {
            problems[b] = bucket[rng.NextInt(bucket.Length)];
        }

        return encoder.Encode(problems, rng, RandomFeatures);
    }
}
