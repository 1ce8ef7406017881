using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Agents.Networks;

/// <summary>
/// One fully connected layer with ReLU for flat observations (algorithmic tasks, small test environments):
/// <c>[B, ..shape]</c> is flattened and mapped to <c>[B, OutputSize]</c>.
/// </summary>
public sealed class DenseEncoder : ObservationEncoder
{
    /// <summary>The feature width used when none is given.</summary>
    public const int DefaultFeatureSize = 256;

    private readonly Linear fc;

    /// <summary>Creates the layer for observations of <paramref name="inputShape"/> and <paramref name="featureSize"/> features.</summary>
    public DenseEncoder(IReadOnlyList<long> inputShape, long featureSize = DefaultFeatureSize)
        : base(nameof(DenseEncoder), inputShape, featureSize)
    {
        if (inputShape.Count == 0 || inputShape.Any(dimension => dimension <= 0))
            throw new ArgumentException($"expected an observation shape of positive dimensions; got [{string.Join(",", inputShape)}]", nameof(inputShape));
        if (featureSize <= 0) throw new ArgumentOutOfRangeException(nameof(featureSize), featureSize, "expected a positive feature width");
        fc = nn.Linear(InputElementCount, featureSize);
        RegisterComponents();
    }

    /// <summary>Observations <c>[B, ..shape]</c> to features <c>[B, OutputSize]</c>.</summary>
    public override Tensor forward(Tensor observations)
    {
        using var scope = NewDisposeScope();
        return nn.functional.relu(fc.forward(observations.flatten(1))).MoveToOuterDisposeScope();
    }
}
