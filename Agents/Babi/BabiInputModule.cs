using TorchSharp;
using TorchSharp.Modules;
using TorchSharp.Utils;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Agents.Babi;

/// <summary>
/// The input module (from TPR-RNN, SAM_STM_REFERENCE §5.2): a sentence of W tokens becomes
/// Σ_w P[w] ⊙ E[token_w], with the word embedding E ∈ R^{V×64} drawn from U(−0.1, 0.1) (padding has a learned
/// vector too) and positional weights P ∈ R^{W_max×64} starting at the constant 1/W_max. A task whose sentences
/// are shorter than W_max uses the first W rows of P.
/// </summary>
public sealed class BabiInputModule : nn.Module<Tensor, Tensor>
{
    [ComponentName(Name = "word_embed")]
    private readonly Embedding wordEmbedding;
    [ComponentName(Name = "pos_embed")]
    private readonly Parameter positionWeights;

    /// <summary>Creates the module for <paramref name="options"/>.</summary>
    public BabiInputModule(BabiModelOptions options) : base(nameof(BabiInputModule))
    {
        ArgumentNullException.ThrowIfNull(options);
        wordEmbedding = nn.Embedding(options.VocabularySize, options.SymbolSize);
        using (var uniform = (1.0 / options.MaxSentenceLength).ToScalar())
        {
            positionWeights = new Parameter(full(options.MaxSentenceLength, options.SymbolSize, uniform));
        }

        using (no_grad())
        {
            nn.init.uniform_(wordEmbedding.weight!, -options.EmbeddingInitLimit, options.EmbeddingInitLimit);
        }

        RegisterComponents();
    }

    /// <summary>The positional weights P, [W_max, symbol].</summary>
    public Parameter PositionWeights => positionWeights;

    /// <summary>The word embedding E, [V, symbol].</summary>
    public Parameter WordEmbedding => wordEmbedding.weight!;

    /// <summary>
    /// Encodes token indices <c>[..., W]</c> (any leading axes: [B, S, W] stories or [B, W] queries) into
    /// sentence vectors <c>[..., symbol]</c>.
    /// </summary>
    /// <exception cref="ArgumentException">W exceeds the W_max the module was built for.</exception>
    public override Tensor forward(Tensor tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var length = tokens.shape[^1];
        if (length > positionWeights.shape[0])
        {
            throw new ArgumentException($"sentences of {length} tokens exceed the model's longest sentence W_max = {positionWeights.shape[0]}", nameof(tokens));
        }

        using var scope = NewDisposeScope();
        var embedded = wordEmbedding.forward(tokens);
        return (embedded * positionWeights.narrow(0, 0, length)).sum(-2).MoveToOuterDisposeScope();
    }
}
