using TorchSharp;
using TorchSharp.Modules;
using TorchSharp.Utils;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Agents.Babi;

/// <summary>
/// The layer norm of the TPR-RNN inference module that the bAbI model inherits: over the last axis,
/// (x − μ) / √(σ² + ε) · gain + bias with the biased variance σ² and ε = 1e-12 (far below PyTorch's default 1e-5,
/// which matters for the small unbinding vectors at initialisation).
/// </summary>
public sealed class TprLayerNorm : nn.Module<Tensor, Tensor>
{
    /// <summary>The ε of the authors' layer norm.</summary>
    public const double DefaultEpsilon = 1e-12;

    private readonly Scalar epsilon;              // kept for libtorch (KeptScalars)
    [ComponentName(Name = "gain")]
    private readonly Parameter gain;
    [ComponentName(Name = "bias")]
    private readonly Parameter bias;

    /// <summary>Creates the norm over vectors of <paramref name="size"/>, gain 1 and bias 0.</summary>
    public TprLayerNorm(long size, double epsilon = DefaultEpsilon) : base(nameof(TprLayerNorm))
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        this.epsilon = epsilon.ToScalar();
        gain = new Parameter(ones(size));
        bias = new Parameter(zeros(size));
        RegisterComponents();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) epsilon.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>Learned gain, initially 1.</summary>
    public Parameter Gain => gain;

    /// <summary>Learned bias, initially 0.</summary>
    public Parameter Bias => bias;

    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var centred = input - input.mean([-1], keepdim: true);
        var variance = centred.pow(Two).mean([-1], keepdim: true);
        return (centred / variance.add(epsilon, One).sqrt() * gain).add_(bias, One).MoveToOuterDisposeScope();
    }
}
