using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks;

/// <summary>
/// Nth-farthest (paper §3.1, Table 2; reference §4.2; the task of Santoro et al. 2018): find the vector
/// that is the (n+1)-th farthest from a reference vector.
/// </summary>
/// <remarks>
/// <para><b>Inputs</b> [k, B, d + 3k] with k = <see cref="VectorCount"/> (8) and d = <see cref="Dimension"/>
/// (16): one vector per step, row = [vector (d, entries U(−1, 1)) | one-hot of its label (k) | one-hot of n (k)
/// | one-hot of m (k)]. Labels are a random permutation of 0..k−1; n ~ U{0..k−1}; m is the label of a
/// uniformly chosen reference vector; n and m are repeated on every row. No decoding steps.</para>
/// <para><b>Target</b>: the label of the vector at rank n when the vectors are ordered by decreasing
/// Euclidean distance from the reference (n = 0 is the farthest; the reference itself, at distance 0,
/// is last). k classes, predicted at the last step (<see cref="TaskBatch.OutputStart"/> = k − 1).
/// Loss: cross-entropy; metric: <see cref="TaskMetrics.Accuracy"/>.</para>
/// </remarks>
public sealed class NthFarthestTask : ISequenceTask<ClassTargetBatch>
{
    /// <summary>Creates the task; the defaults are the paper's (8 vectors of 16 dimensions).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than two vectors or a non-positive dimension.</exception>
    public NthFarthestTask(int vectorCount = 8, int dimension = 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vectorCount, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        VectorCount = vectorCount;
        Dimension = dimension;
    }

    /// <summary>Number of vectors k (one per step).</summary>
    public int VectorCount { get; }

    /// <summary>Dimension d of each vector.</summary>
    public int Dimension { get; }

    /// <inheritdoc/>
    public int InputWidth => Dimension + 3 * VectorCount;

    /// <inheritdoc/>
    public int OutputWidth => VectorCount;

    /// <inheritdoc/>
    public ClassTargetBatch NextBatch(Rng rng, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var k = VectorCount;
        var inputs = new TimeMajorArray(k, batchSize, InputWidth);
        var targets = new int[batchSize];
        var distances = new double[k];
        var byDistance = new int[k];
        for (var b = 0; b < batchSize; b++)
        {
            var labels = Sampling.Permutation(rng, k);
            var rank = rng.NextInt(k);
            var reference = rng.NextInt(k);
            for (var t = 0; t < k; t++)
            {
                var row = inputs.Row(t, b);
                for (var i = 0; i < Dimension; i++)
                {
                    row[i] = (float)(2.0 * rng.NextDouble() - 1.0);
                }

                row[Dimension + labels[t]] = 1f;
                row[Dimension + k + rank] = 1f;
                row[Dimension + 2 * k + labels[reference]] = 1f;
            }

            var referenceVector = inputs.Row(reference, b)[..Dimension];
            for (var t = 0; t < k; t++)
            {
                var vector = inputs.Row(t, b)[..Dimension];
                var squared = 0.0;
                for (var i = 0; i < Dimension; i++)
                {
                    var delta = (double)vector[i] - referenceVector[i];
                    squared += delta * delta;
                }

                distances[t] = squared;
                byDistance[t] = t;
            }

            Array.Sort(byDistance, (x, y) => distances[y].CompareTo(distances[x]));
            targets[b] = labels[byDistance[rank]];
        }

        return new ClassTargetBatch(inputs, k - 1, 1, targets, k, Sampling.Ones(batchSize));
    }
}
