using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks;

/// <summary>
/// A seeded batch generator for supervised training of a sequence model. The same generator with an
/// <see cref="Rng"/> in the same state produces the same batch, on any machine.
/// </summary>
/// <typeparam name="TBatch">The batch type: bit targets or class targets.</typeparam>
public interface ISequenceTask<out TBatch>
    where TBatch : TaskBatch
{
    /// <summary>Width D_in of one input row.</summary>
    int InputWidth { get; }

    /// <summary>Width of the prediction at one output step: bits per vector, or number of classes.</summary>
    int OutputWidth { get; }

    /// <summary>Draws a batch of <paramref name="batchSize"/> sequences from <paramref name="rng"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is not positive.</exception>
    TBatch NextBatch(Rng rng, int batchSize);
}
