using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Agents.Supervised;

/// <summary>
/// A learned embedding of one-hot rows: row x maps to xᵀE with E a <c>[tokens, width]</c> table, which for a
/// one-hot x is the table row of its token (the authors' <c>nn.Embedding(37, 100)</c> for associative retrieval,
/// initialised N(0, 1) like it), and for an all-zero row is zero.
/// </summary>
public sealed class OneHotEmbedding : nn.Module<Tensor, Tensor>
{
    private readonly Parameter weight;

    /// <summary>Creates a table of <paramref name="tokenCount"/> rows of <paramref name="width"/> values.</summary>
    public OneHotEmbedding(long tokenCount, long width) : base(nameof(OneHotEmbedding))
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokenCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        weight = new Parameter(randn(tokenCount, width));
        register_parameter("weight", weight);
    }

    /// <summary>The embedding table, <c>[tokens, width]</c>.</summary>
    public Parameter Weight => weight;

    /// <summary>Embeds <c>[..., tokens]</c> rows into <c>[..., width]</c>.</summary>
    public override Tensor forward(Tensor input) => input.matmul(weight);
}
