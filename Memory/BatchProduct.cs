using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>
/// input + left · right for batches of matrices as one libtorch <c>baddbmm</c>: the product accumulates onto a copy of
/// the input, so no separate product tensor is written and read back, and its backward passes the gradient of the
/// input through unchanged.
/// </summary>
internal static class BatchProduct
{
    /// <summary>
    /// <paramref name="input"/> <c>[B, n, p]</c> + <paramref name="left"/> <c>[B, n, k]</c> · <paramref name="right"/>
    /// <c>[B, k, p]</c>.
    /// </summary>
    /// <remarks>
    /// TorchSharp 0.107 binds <c>Tensor.baddbmm(batch2, mat)</c> (and <c>torch.baddbmm</c>, which forwards to it) with
    /// the receiver as the first factor and the last argument as the added term, unlike PyTorch's
    /// <c>input.baddbmm(batch1, batch2)</c>; the test of <see cref="Sam.CombineOnto"/> pins that order down.
    /// </remarks>
    public static Tensor AddTo(Tensor input, Tensor left, Tensor right) => left.baddbmm(right, input);
}
