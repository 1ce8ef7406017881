using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks;

/// <summary>
/// A fixed, finite data set drawn from a task generator — for protocols with epochs and held-out splits,
/// like associative retrieval's 100,000 / 10,000 / 20,000 sequences. Batch i is always
/// <c>task.NextBatch(new Rng(SeedSequence.Derive(seed, i)), batchSize)</c>, so the set costs no memory and
/// is the same on every machine; use different seeds for the train, validation and test splits.
/// </summary>
/// <remarks>
/// An epoch visits every batch once in a random order. Sequences stay in their batches across epochs
/// (the authors reshuffle single sequences); with batches drawn independently this changes only which
/// sequences share a gradient step.
/// </remarks>
/// <typeparam name="TBatch">The task's batch type.</typeparam>
public sealed class SeededTaskDataset<TBatch>
    where TBatch : TaskBatch
{
    private readonly ISequenceTask<TBatch> task;

    /// <summary>A set of <paramref name="batchCount"/> batches of <paramref name="batchSize"/> sequences.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is not positive.</exception>
    public SeededTaskDataset(ISequenceTask<TBatch> task, ulong seed, int batchCount, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        this.task = task;
        Seed = seed;
        BatchCount = batchCount;
        BatchSize = batchSize;
    }

    /// <summary>The seed all batches derive from.</summary>
    public ulong Seed { get; }

    /// <summary>Number of batches.</summary>
    public int BatchCount { get; }

    /// <summary>Sequences per batch.</summary>
    public int BatchSize { get; }

    /// <summary>Total sequences.</summary>
    public long SequenceCount => (long)BatchCount * BatchSize;

    /// <summary>Batch <paramref name="index"/> of the set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside [0, <see cref="BatchCount"/>).</exception>
    public TBatch Batch(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)BatchCount, nameof(index));
        return task.NextBatch(new Rng(SeedSequence.Derive(Seed, (ulong)index)), BatchSize);
    }

    /// <summary>Every batch once, in file order (<paramref name="rng"/> null) or in an order drawn from <paramref name="rng"/>.</summary>
    public IEnumerable<TBatch> Epoch(Rng? rng = null)
    {
        var order = rng is null ? [.. Enumerable.Range(0, BatchCount)] : Sampling.Permutation(rng, BatchCount);
        foreach (var index in order)
        {
            yield return Batch(index);
        }
    }
}
