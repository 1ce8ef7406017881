using System.Runtime.Intrinsics;

namespace SamRL.Agents.Networks;

/// <summary>
/// The shapes one call of <see cref="ConvPoolReluKernel"/> works on: frames of <see cref="InputChannels"/> ×
/// <see cref="Height"/> × <see cref="Width"/> zero-padded by <see cref="Padding"/> on every side, a square
/// <see cref="KernelSize"/> filter bank of <see cref="OutputChannels"/> filters at stride 1, and the
/// <see cref="PooledHeight"/> × <see cref="PooledWidth"/> map that the 2×2 max-pool leaves.
/// </summary>
internal readonly record struct ConvPoolGeometry(int InputChannels, int Height, int Width, int Padding, int KernelSize, int OutputChannels)
{
    /// <summary>Rows of a padded frame.</summary>
    public int PaddedHeight => Height + 2 * Padding;

    /// <summary>Columns of a padded frame.</summary>
    public int PaddedWidth => Width + 2 * Padding;

    /// <summary>Filter taps: input channels × kernel rows × kernel columns.</summary>
    public int Taps => InputChannels * KernelSize * KernelSize;

    /// <summary>Rows after the 2×2 max-pool (the last convolution row is dropped when their count is odd).</summary>
    public int PooledHeight => (PaddedHeight - KernelSize + 1) / 2;

    /// <summary>Columns after the 2×2 max-pool.</summary>
    public int PooledWidth => (PaddedWidth - KernelSize + 1) / 2;

    /// <summary>Floats of one padded frame.</summary>
    public int PaddedFrameSize => InputChannels * PaddedHeight * PaddedWidth;

    /// <summary>Values of one pooled output, channels last.</summary>
    public int PooledSize => PooledHeight * PooledWidth * OutputChannels;
}

/// <summary>
/// relu(max_pool2d(conv2d(x, W, b), 2)) for one zero-padded frame, with the output channels last, forward and the
/// filter bank's backward, as float32 AVX-512 loops; the output channels a multiple of
/// <see cref="ChannelBlock"/>.
/// </summary>
/// <remarks>
/// Written by hand because libtorch runs the agents' first layer (one 80×80 frame, 32 filters of 5×5) as three
/// passes over a 32×80×80 map: the batch-1 convolution (at under half the matrix-product rate, its one input
/// channel makes a thin product), a copy to channels-last and the pool, and backward again three passes. Here each
/// pooled value's four convolution outputs are summed in registers and only the pooled map is written: it is a
/// quarter of the size, and the backward pass needs no more than which of the four won.
/// <para>
/// The window's winner is the first maximum in the order (0,0), (0,1), (1,0), (1,1), as libtorch's max-pool picks
/// it, and ReLU passes a gradient only where the pooled value is positive, as libtorch's does; so values and
/// gradients match libtorch's layers up to the summation order.
/// </para>
/// </remarks>
internal static unsafe class ConvPoolReluKernel
{
    /// <summary>Output channels computed together: two 16-float vectors for each of the window's four positions.</summary>
    public const int ChannelBlock = 32;

    /// <summary>The winner code of a pooled value that ReLU cut (its maximum is not positive): no gradient flows.</summary>
    public const byte Cut = 4;

    /// <summary>
    /// Pools and rectifies the convolution of <paramref name="padded"/> (<c>[C, Hp, Wp]</c>) with the filters
    /// <paramref name="weights"/> laid out tap-major (<c>[taps, K]</c>) plus <paramref name="bias"/>, into
    /// <paramref name="output"/> (<c>[Ho, Wo, K]</c>); records each value's window winner (0–3, or
    /// <see cref="Cut"/>) in <paramref name="winners"/> (same layout) unless it is null.
    /// </summary>
    public static void Forward(in ConvPoolGeometry shape, float* padded, float* weights, float* bias, float* output, byte* winners)
    {
        int channels = shape.OutputChannels, wp = shape.PaddedWidth;
        var zero = Vector512<float>.Zero;
        for (int py = 0; py < shape.PooledHeight; py++)
        for (int px = 0; px < shape.PooledWidth; px++)
        {
            float* origin = padded + 2 * py * wp + 2 * px;
            long at = ((long)py * shape.PooledWidth + px) * channels;
            for (int k = 0; k < channels; k += ChannelBlock)
            {
                var low = Vector512.Load(bias + k);
                var high = Vector512.Load(bias + k + 16);
                Vector512<float> a0 = low, a1 = low, a2 = low, a3 = low, b0 = high, b1 = high, b2 = high, b3 = high;
                float* filter = weights + k;
                for (int c = 0; c < shape.InputChannels; c++)
                for (int dy = 0; dy < shape.KernelSize; dy++)
                {
                    float* row = origin + (c * shape.PaddedHeight + dy) * wp;
                    for (int dx = 0; dx < shape.KernelSize; dx++, filter += channels)
                    {
                        var wLow = Vector512.Load(filter);
                        var wHigh = Vector512.Load(filter + 16);
                        var x0 = Vector512.Create(row[dx]);
                        var x1 = Vector512.Create(row[dx + 1]);
                        var x2 = Vector512.Create(row[dx + wp]);
                        var x3 = Vector512.Create(row[dx + wp + 1]);
                        a0 = Vector512.FusedMultiplyAdd(wLow, x0, a0);
                        a1 = Vector512.FusedMultiplyAdd(wLow, x1, a1);
                        a2 = Vector512.FusedMultiplyAdd(wLow, x2, a2);
                        a3 = Vector512.FusedMultiplyAdd(wLow, x3, a3);
                        b0 = Vector512.FusedMultiplyAdd(wHigh, x0, b0);
                        b1 = Vector512.FusedMultiplyAdd(wHigh, x1, b1);
                        b2 = Vector512.FusedMultiplyAdd(wHigh, x2, b2);
                        b3 = Vector512.FusedMultiplyAdd(wHigh, x3, b3);
                    }
                }
                var lowWinners = StorePooled(a0, a1, a2, a3, zero, output + at + k);
                var highWinners = StorePooled(b0, b1, b2, b3, zero, output + at + k + 16);
                if (winners is not null)
                    Vector512.Narrow(Vector512.Narrow(lowWinners, highWinners), Vector512<short>.Zero).AsByte().GetLower().Store(winners + at + k);
            }
        }
    }

    /// <summary>
    /// Adds this frame's filter gradient into <paramref name="weightGrad"/> (<c>[taps, K]</c>) and bias gradient into
    /// <paramref name="biasGrad"/>, given the output gradient <paramref name="grad"/> (<c>[Ho, Wo, K]</c>) and the
    /// forward pass's <paramref name="winners"/>: each pooled gradient goes to its window's winning position.
    /// </summary>
    public static void Backward(in ConvPoolGeometry shape, float* padded, float* grad, byte* winners, float* weightGrad, float* biasGrad)
    {
        int channels = shape.OutputChannels, wp = shape.PaddedWidth;
        for (int py = 0; py < shape.PooledHeight; py++)
        for (int px = 0; px < shape.PooledWidth; px++)
        {
            float* origin = padded + 2 * py * wp + 2 * px;
            long at = ((long)py * shape.PooledWidth + px) * channels;
            for (int k = 0; k < channels; k += 16)
            {
                var g = Vector512.Load(grad + at + k);
                var won = Vector512.WidenLower(Vector512.WidenLower(Vector128.Load(winners + at + k).ToVector256Unsafe().ToVector512Unsafe())).AsInt32();
                var g0 = g & Vector512.Equals(won, Vector512<int>.Zero).AsSingle();
                var g1 = g & Vector512.Equals(won, Vector512.Create(1)).AsSingle();
                var g2 = g & Vector512.Equals(won, Vector512.Create(2)).AsSingle();
                var g3 = g & Vector512.Equals(won, Vector512.Create(3)).AsSingle();
                (Vector512.Load(biasGrad + k) + ((g0 + g1) + (g2 + g3))).Store(biasGrad + k);
                float* filterGrad = weightGrad + k;
                for (int c = 0; c < shape.InputChannels; c++)
                for (int dy = 0; dy < shape.KernelSize; dy++)
                {
                    float* row = origin + (c * shape.PaddedHeight + dy) * wp;
                    for (int dx = 0; dx < shape.KernelSize; dx++, filterGrad += channels)
                    {
                        var sum = Vector512.FusedMultiplyAdd(g0, Vector512.Create(row[dx]), Vector512.Load(filterGrad));
                        sum = Vector512.FusedMultiplyAdd(g1, Vector512.Create(row[dx + 1]), sum);
                        sum = Vector512.FusedMultiplyAdd(g2, Vector512.Create(row[dx + wp]), sum);
                        Vector512.FusedMultiplyAdd(g3, Vector512.Create(row[dx + wp + 1]), sum).Store(filterGrad);
                    }
                }
            }
        }
    }

    /// <summary>Stores relu of the max of the window's four sums (first maximum wins); returns the winner codes.</summary>
    private static Vector512<int> StorePooled(Vector512<float> s0, Vector512<float> s1, Vector512<float> s2, Vector512<float> s3,
        Vector512<float> zero, float* output)
    {
        var best = s0;
        var index = Vector512<int>.Zero;
        var greater = Vector512.GreaterThan(s1, best);
        best = Vector512.ConditionalSelect(greater, s1, best);
        index = Vector512.ConditionalSelect(greater.AsInt32(), Vector512.Create(1), index);
        greater = Vector512.GreaterThan(s2, best);
        best = Vector512.ConditionalSelect(greater, s2, best);
        index = Vector512.ConditionalSelect(greater.AsInt32(), Vector512.Create(2), index);
        greater = Vector512.GreaterThan(s3, best);
        best = Vector512.ConditionalSelect(greater, s3, best);
        index = Vector512.ConditionalSelect(greater.AsInt32(), Vector512.Create(3), index);
        var positive = Vector512.GreaterThan(best, zero);
        Vector512.ConditionalSelect(positive, best, zero).Store(output);
        return Vector512.ConditionalSelect(positive.AsInt32(), index, Vector512.Create((int)Cut));
    }
}
