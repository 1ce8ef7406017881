using TorchSharp;
using TorchSharp.Modules;
using TorchSharp.Utils;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Agents.Babi;

/// <summary>
/// The inference module (from TPR-RNN, SAM_STM_REFERENCE §5.2). With 𝒯[e, ρ, f] = M^r[ρ, e, f] (STM's relational
/// memory reordered to entity × role × entity) and tanh MLPs of the query q giving e1 ∈ R^d and r1, r2, r3 ∈ R^N:
/// i1 = LN(Σ_{e,ρ} e1_e r1_ρ 𝒯[e,ρ,:]), i2 = LN(Σ i1_e r2_ρ 𝒯[e,ρ,:]), i3 = LN(Σ i2_e r3_ρ 𝒯[e,ρ,:]), and
/// logits = (i1 + i2 + i3) Z. The output matrix Z ∈ R^{d×V} is Xavier-uniform and frozen (the authors read it
/// through <c>.data</c>): it is a parameter that takes no gradient. A second entity MLP (e2) exists, as in the
/// authors' model, but its output is never used, so it is not evaluated.
/// </summary>
public sealed class BabiInferenceModule : nn.Module<Tensor, Tensor, Tensor>
{
    [ComponentName(Name = "Z")]
    private readonly Parameter outputMatrix;
    [ComponentName(Name = "e")]
    private readonly ModuleList<TanhMlp> entityMlps;
    [ComponentName(Name = "r")]
    private readonly ModuleList<TanhMlp> roleMlps;
    [ComponentName(Name = "l1")]
    private readonly TprLayerNorm norm1;
    [ComponentName(Name = "l2")]
    private readonly TprLayerNorm norm2;
    [ComponentName(Name = "l3")]
    private readonly TprLayerNorm norm3;

    /// <summary>Creates the module for <paramref name="options"/>.</summary>
    public BabiInferenceModule(BabiModelOptions options) : base(nameof(BabiInferenceModule))
    {
        ArgumentNullException.ThrowIfNull(options);
        outputMatrix = FrozenXavier(options.EntitySize, options.VocabularySize);
        entityMlps = nn.ModuleList(
            new TanhMlp(options.SymbolSize, options.HiddenSize, options.EntitySize),
            new TanhMlp(options.SymbolSize, options.HiddenSize, options.EntitySize));
        roleMlps = nn.ModuleList(
            new TanhMlp(options.SymbolSize, options.HiddenSize, options.RoleSize),
            new TanhMlp(options.SymbolSize, options.HiddenSize, options.RoleSize),
            new TanhMlp(options.SymbolSize, options.HiddenSize, options.RoleSize));
        norm1 = new TprLayerNorm(options.EntitySize);
        norm2 = new TprLayerNorm(options.EntitySize);
        norm3 = new TprLayerNorm(options.EntitySize);
        RegisterComponents();
    }

    /// <summary>The frozen output matrix Z, [entity, V].</summary>
    public Parameter OutputMatrix => outputMatrix;

    /// <summary>A d×V parameter drawn Xavier-uniform that never takes a gradient.</summary>
    internal static Parameter FrozenXavier(long rows, long columns)
    {
        var weights = empty(rows, columns);
        using (no_grad())
        {
            nn.init.xavier_uniform_(weights);
        }

        return new Parameter(weights, requires_grad: false);
    }

    /// <summary>
    /// Answers the queries: <paramref name="query"/> [B, symbol] and STM's relational memory
    /// <paramref name="relationalMemory"/> [B, N, d, d] give logits [B, V].
    /// </summary>
    public override Tensor forward(Tensor query, Tensor relationalMemory)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(relationalMemory);
        using var scope = NewDisposeScope();
        long batch = relationalMemory.shape[0], roles = relationalMemory.shape[1], entities = relationalMemory.shape[2];
        // Contracting (ρ, e) of M^r in its own [ρ, e, f] layout is the reference's sum over 𝒯[e, ρ, f] without copying
        // the reordered tensor.
        var memory = relationalMemory.reshape(batch, roles * entities, entities);
        Tensor Unbind(Tensor entity, Tensor role) =>
            (role.unsqueeze(2) * entity.unsqueeze(1)).reshape(batch, 1, roles * entities).bmm(memory).squeeze(1);

        var i1 = norm1.forward(Unbind(entityMlps[0].forward(query), roleMlps[0].forward(query)));
        var i2 = norm2.forward(Unbind(i1, roleMlps[1].forward(query)));
        var i3 = norm3.forward(Unbind(i2, roleMlps[2].forward(query)));
        return i1.add(i2, One).add_(i3, One).matmul(outputMatrix).MoveToOuterDisposeScope();
    }
}
