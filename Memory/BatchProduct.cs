using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>
/// s · input + left · right for batches of matrices with a small inner size (STM's rank-k updates), without a separate
/// product tensor: <see cref="FusedLowRankUpdate"/> where it applies, else one libtorch <c>baddbmm</c> (<c>addcmul</c>
/// for k = 1) that accumulates onto a copy of the input. Without a scale, either way the backward pass hands the
/// input's gradient on unchanged.
/// </summary>
internal static class BatchProduct
{
    /// <summary>
    /// <paramref name="scale"/> · <paramref name="input"/> <c>[B, n, p]</c> + <paramref name="left"/> <c>[B, n, k]</c> ·
    /// <paramref name="right"/> <c>[B, k, p]</c>, for a learned scalar <paramref name="scale"/> <c>[1]</c> or none.
    /// </summary>
    /// <remarks>
    /// TorchSharp 0.107 binds <c>Tensor.baddbmm(batch2, mat)</c> (and <c>torch.baddbmm</c>, which forwards to it) with
    /// the receiver as the first factor and the last argument as the added term, unlike PyTorch's
    /// <c>input.baddbmm(batch1, batch2)</c>; the test of <see cref="Sam.CombineOnto"/> pins that order down.
    /// </remarks>
    public static Tensor AddTo(Tensor input, Tensor left, Tensor right, Tensor? scale = null)
    {
        if (FusedLowRankUpdate.Supports(input)) return FusedLowRankUpdate.Apply(input, left, right, scale);
        var scaled = scale is null ? input : scale * input;
        return left.shape[2] == 1 ? scaled.addcmul(left, right, One) : left.baddbmm(right, scaled); // k = 1: an outer product
    }
}
