using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>
/// The SAM operator (paper Eqs. 4–8) in the authors' code form (SAM_STM_REFERENCE §1.2): one Linear d → 3N
/// along the memory's last axis gives queries, keys and values for N slots, a LayerNorm normalises them, and
/// outer-product attention turns a d×d item memory into an N×d×d relational memory.
/// Computed in batched-matmul form; the B×N×N×d×d tensor of the reference code is never built.
/// </summary>
public sealed class Sam : nn.Module<Tensor, Tensor>
{
    private readonly Linear qkvProjection;
    private readonly LayerNorm qkvNorm;

    /// <summary>Creates SAM for a d×d memory (<paramref name="slotSize"/> = d) and <paramref name="slotCount"/> = N query slots.</summary>
    public Sam(long slotSize, long slotCount, QkvNormalization normalization) : base(nameof(Sam))
    {
        if (slotSize <= 0) throw new ArgumentOutOfRangeException(nameof(slotSize), slotSize, "expected d > 0");
        if (slotCount <= 0) throw new ArgumentOutOfRangeException(nameof(slotCount), slotCount, "expected N > 0");
        SlotSize = slotSize;
        SlotCount = slotCount;
        qkvProjection = nn.Linear(slotSize, 3 * slotCount);
        qkvNorm = normalization == QkvNormalization.Joint
            ? nn.LayerNorm([slotSize, 3 * slotCount])
            : nn.LayerNorm([3 * slotCount]);
        register_module("qkv_projector", qkvProjection);
        register_module("qkv_layernorm", qkvNorm);
    }

    /// <summary>d.</summary>
    public long SlotSize { get; }

    /// <summary>N.</summary>
    public long SlotCount { get; }

    /// <summary>SAM(S): item memory <c>[B, d, d]</c> → relational memory <c>[B, N, d, d]</c>.</summary>
    public override Tensor forward(Tensor itemMemory)
    {
        using var scope = NewDisposeScope();
        var (scores, values) = Attend(itemMemory);
        return Combine(scores, values).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The two factors of SAM(S) before they are multiplied out: the scores F(q_s ⊙ k_m) <c>[B, N, N, d]</c> and the
    /// values <c>[B, N, d]</c>, so that SAM(S) = <see cref="Combine"/>(scores, values). A linear map of SAM(S), such as
    /// STM's transfer (Eq. 13), is far cheaper applied to the factors than to the N×d×d product.
    /// </summary>
    public (Tensor Scores, Tensor Values) Attend(Tensor itemMemory)
    {
        if (itemMemory.dim() != 3 || itemMemory.shape[1] != SlotSize || itemMemory.shape[2] != SlotSize)
            throw new ArgumentException($"expected an item memory of shape [B, {SlotSize}, {SlotSize}]; got [{string.Join(",", itemMemory.shape)}]", nameof(itemMemory));
        using var scope = NewDisposeScope();
        // Eqs. 4–6 (code form): q, k, v from one projection along the last axis, normalised together.
        var qkv = qkvNorm.forward(qkvProjection.forward(itemMemory)).transpose(1, 2);
        var queries = qkv.narrow(1, 0, SlotCount);
        var keys = qkv.narrow(1, SlotCount, SlotCount);
        var values = qkv.narrow(1, 2 * SlotCount, SlotCount);
        var scores = tanh(queries.unsqueeze(2) * keys.unsqueeze(1)); // Eq. 8: F(q_s ⊙ k_m), F = tanh
        return (scores.MoveToOuterDisposeScope(), values.MoveToOuterDisposeScope());
    }

    /// <summary>
    /// Multiplies out outer-product attention from its factors: A[b,s,i,f] = Σ_m scores[b,s,m,i] · values[b,m,f],
    /// for scores <c>[B, N, M, d]</c> and values <c>[B, M, d_v]</c>.
    /// </summary>
    public static Tensor Combine(Tensor scores, Tensor values)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(values);
        return scores.transpose(2, 3).matmul(values.unsqueeze(1)); // [B, N, d, M] @ [B, 1, M, d_v]
    }

    /// <summary>
    /// <paramref name="baseScale"/> · <paramref name="baseTerm"/> + <see cref="Combine"/>(scores, values) for a base term
    /// <c>[B, N, d, d_v]</c> and a learned scalar <paramref name="baseScale"/> <c>[1]</c> (or none), computed as one
    /// batched product that accumulates onto the base term, so the N×d×d product is never a tensor of its own.
    /// </summary>
    public static Tensor CombineOnto(Tensor baseTerm, Tensor scores, Tensor values, Tensor? baseScale = null)
    {
        ArgumentNullException.ThrowIfNull(baseTerm);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(values);
        long batch = scores.shape[0], slots = scores.shape[1], keys = scores.shape[2], width = scores.shape[3], valueWidth = values.shape[2];
        var left = scores.transpose(2, 3).reshape(batch * slots, width, keys);                               // [B·N, d, M]
        var right = values.unsqueeze(1).expand(batch, slots, keys, valueWidth).reshape(batch * slots, keys, valueWidth);
        return BatchProduct.AddTo(baseTerm.reshape(batch * slots, width, valueWidth), left, right, baseScale).view(batch, slots, width, valueWidth);
    }

    /// <summary>
    /// Outer-product attention (Eqs. 2 and 8 with F = tanh, no softmax, no scaling):
    /// A[b,s,i,f] = Σ_m tanh(Q[b,s,i]·K[b,m,i]) · V[b,m,f], for Q <c>[B,N,d]</c>, K <c>[B,M,d]</c> and V <c>[B,M,d_v]</c>.
    /// </summary>
    public static Tensor OuterProductAttention(Tensor queries, Tensor keys, Tensor values) =>
        OuterProductAttention(queries, keys, values, tanh);

    /// <summary>
    /// Outer-product attention (Eq. 2) with an element-wise score function F of your choice
    /// (Proposition 1 uses a linear F to recover dot-product attention by a contraction).
    /// </summary>
    public static Tensor OuterProductAttention(Tensor queries, Tensor keys, Tensor values, Func<Tensor, Tensor> scoreFunction)
    {
        ArgumentNullException.ThrowIfNull(scoreFunction);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        if (queries.dim() != 3 || keys.dim() != 3 || values.dim() != 3
            || keys.shape[0] != queries.shape[0] || values.shape[0] != queries.shape[0]
            || keys.shape[2] != queries.shape[2] || values.shape[1] != keys.shape[1])
            throw new ArgumentException(
                $"expected queries [B,N,d], keys [B,M,d] and values [B,M,d_v]; got [{string.Join(",", queries.shape)}], " +
                $"[{string.Join(",", keys.shape)}] and [{string.Join(",", values.shape)}]", nameof(queries));
        using var scope = NewDisposeScope();
        var scores = scoreFunction(queries.unsqueeze(2) * keys.unsqueeze(1)); // [B, N, M, d]: F(q_s ⊙ k_m)
        return Combine(scores, values).MoveToOuterDisposeScope();
    }
}
