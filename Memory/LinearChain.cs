using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>
/// STM's input maps f1, f2, f3: one Linear, or (with a hidden width H &gt; 0) three Linear layers in a row with
/// no nonlinearity between them, exactly as the authors' <c>MLP(..., hid_dim=H)</c>.
/// </summary>
public sealed class LinearChain : nn.Module<Tensor, Tensor>
{
    private readonly Linear[] layers;

    /// <summary>Creates the map in → out, with <paramref name="hiddenSize"/> = 0 for a single Linear.</summary>
    public LinearChain(long inputSize, long outputSize, long hiddenSize) : base(nameof(LinearChain))
    {
        layers = hiddenSize <= 0
            ? [nn.Linear(inputSize, outputSize)]
            : [nn.Linear(inputSize, hiddenSize), nn.Linear(hiddenSize, hiddenSize), nn.Linear(hiddenSize, outputSize)];
        for (int i = 0; i < layers.Length; i++) register_module($"fc{i + 1}", layers[i]);
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        if (layers.Length == 1) return layers[0].forward(input);
        using var scope = NewDisposeScope();
        var output = input;
        foreach (var layer in layers) output = layer.forward(output);
        return output.MoveToOuterDisposeScope();
    }
}
