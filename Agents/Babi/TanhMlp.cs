using TorchSharp;
using TorchSharp.Modules;
using TorchSharp.Utils;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Agents.Babi;

/// <summary>
/// The inference module's query MLP: tanh(tanh(x W1 + b1) W2 + b2), with W1 ∈ R^{in×hidden} and
/// W2 ∈ R^{hidden×out} Xavier-uniform and zero biases, as the authors' <c>MLP</c> of <c>utils.py</c>.
/// </summary>
public sealed class TanhMlp : nn.Module<Tensor, Tensor>
{
    [ComponentName(Name = "W1")]
    private readonly Parameter w1;
    [ComponentName(Name = "b1")]
    private readonly Parameter b1;
    [ComponentName(Name = "W2")]
    private readonly Parameter w2;
    [ComponentName(Name = "b2")]
    private readonly Parameter b2;

    /// <summary>Creates the MLP in → hidden → out.</summary>
    public TanhMlp(long inputSize, long hiddenSize, long outputSize) : base(nameof(TanhMlp))
    {
        w1 = new Parameter(empty(inputSize, hiddenSize));
        b1 = new Parameter(zeros(hiddenSize));
        w2 = new Parameter(empty(hiddenSize, outputSize));
        b2 = new Parameter(zeros(outputSize));
        using (no_grad())
        {
            nn.init.xavier_uniform_(w1);
            nn.init.xavier_uniform_(w2);
        }

        RegisterComponents();
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var hidden = input.matmul(w1).add_(b1, One).tanh();
        return hidden.matmul(w2).add_(b2, One).tanh().MoveToOuterDisposeScope();
    }
}
