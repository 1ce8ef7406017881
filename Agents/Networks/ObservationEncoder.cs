using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Agents.Networks;

/// <summary>
/// The feature extractor in front of an actor-critic's recurrent core: maps a batch of observations
/// <c>[B, ..InputShape]</c> to features <c>[B, OutputSize]</c>.
/// </summary>
public abstract class ObservationEncoder : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the encoder for observations of <paramref name="inputShape"/> with <paramref name="outputSize"/> features.</summary>
    protected ObservationEncoder(string name, IReadOnlyList<long> inputShape, long outputSize) : base(name)
    {
        ArgumentNullException.ThrowIfNull(inputShape);
        InputShape = inputShape.ToArray();
        OutputSize = outputSize;
    }

    /// <summary>The shape of one observation (without the batch axis), e.g. <c>[1, 80, 80]</c>.</summary>
    public IReadOnlyList<long> InputShape { get; }

    /// <summary>Number of elements of one observation.</summary>
    public long InputElementCount => InputShape.Aggregate(1L, (product, dimension) => product * dimension);

    /// <summary>Width of the feature vector.</summary>
    public long OutputSize { get; }
}
