using System.Runtime.Intrinsics;
using SamRL.Memory;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Agents.Networks;

/// <summary>
/// relu(max_pool2d(conv(frames), 2)) of a stride-1 convolution as one autograd operation computed by
/// <see cref="ConvPoolReluKernel"/>, for observations (no gradient with respect to the frames). The result is the
/// NCHW tensor <c>[B, K, Ho, Wo]</c> with channels-last memory, the layout the later layers of
/// <see cref="AtariConvEncoder"/> use.
/// </summary>
/// <remarks>
/// Saved for the backward pass: the frames and each pooled value's window winner (a byte per value).
/// </remarks>
internal sealed class FusedConvPoolRelu : autograd.SingleTensorFunction<FusedConvPoolRelu>
{
    /// <inheritdoc />
    public override string Name => nameof(FusedConvPoolRelu);

    /// <summary>
    /// Whether the kernel computes <paramref name="convolution"/> on <paramref name="frames"/>: float32 CPU frames that
    /// need no gradient, on a CPU with AVX-512; a square kernel at stride 1 without dilation or groups, with a bias,
    /// symmetric zero padding and a multiple of <see cref="ConvPoolReluKernel.ChannelBlock"/> output channels; frames
    /// <c>[B, C, H, W]</c> large enough for one pooled value (otherwise libtorch's layers run and report the shape).
    /// </summary>
    public static bool Supports(Conv2d convolution, Tensor frames) =>
        Vector512.IsHardwareAccelerated
        && frames.dtype == ScalarType.Float32 && frames.device_type == DeviceType.CPU && !frames.requires_grad
        && convolution.weight!.dtype == ScalarType.Float32 && convolution.bias is not null
        && convolution.weight.shape[0] % ConvPoolReluKernel.ChannelBlock == 0
        && convolution.weight.shape[2] == convolution.weight.shape[3]
        && convolution.stride.All(s => s == 1) && convolution.dilation.All(s => s == 1) && convolution.groups == 1
        && convolution.padding_mode == PaddingModes.Zeros
        && convolution.padding is { } padding && padding.Length == 2 && padding[0] == padding[1]
        && frames.dim() == 4 && frames.shape[1] == convolution.weight.shape[1]
        && Math.Min(frames.shape[2], frames.shape[3]) + 2 * padding[0] >= convolution.weight.shape[2] + 1;   // at least one pooled row and column

    /// <summary>The pooled, rectified map of <paramref name="frames"/> <c>[B, C, H, W]</c> (see <see cref="Supports"/>).</summary>
    public static Tensor Apply(Conv2d convolution, Tensor frames)
    {
        var (weight, bias) = (convolution.weight!, convolution.bias!);
        int padding = (int)convolution.padding![0];
        using var contiguousFrames = frames.contiguous();
        if (is_grad_enabled() && (weight.requires_grad || bias.requires_grad)) return apply(contiguousFrames, weight, bias, padding);
        return Compute(contiguousFrames, weight, bias, Geometry(contiguousFrames, weight, padding), winners: null);
    }

    /// <inheritdoc />
    public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
    {
        var (frames, weight, bias, padding) = ((Tensor)vars[0], (Tensor)vars[1], (Tensor)vars[2], (int)vars[3]);
        var shape = Geometry(frames, weight, padding);
        var winners = empty([frames.shape[0], shape.PooledSize], ScalarType.Byte);
        var result = Compute(frames, weight, bias, shape, winners);
        ctx.save_for_backward([frames, winners]);
        ctx.save_data(nameof(ConvPoolGeometry), shape);
        return result;
    }

    /// <inheritdoc />
    public override unsafe List<Tensor> backward(autograd.AutogradContext ctx, Tensor gradOutput)
    {
        ReturnedGradients.ReleasePrevious();
        var saved = ctx.get_saved_variables();
        try
        {
            var (frames, winners) = (saved[0], saved[1]);
            var shape = (ConvPoolGeometry)ctx.get_data(nameof(ConvPoolGeometry));
            using var grad = gradOutput.permute(0, 2, 3, 1).contiguous();           // [B, Ho, Wo, K]: free when channels-last
            using var tapMajorGrad = zeros(shape.Taps, shape.OutputChannels);
            var biasGrad = zeros(shape.OutputChannels);
            float* g = TensorData.Floats(grad), dw = TensorData.Floats(tapMajorGrad), db = TensorData.Floats(biasGrad);
            byte* won = TensorData.Bytes(winners);
            var padded = PaddedFrame.For(shape);
            fixed (float* frame = padded)
            {
                for (long b = 0; b < frames.shape[0]; b++)
                {
                    using var sample = frames[b];
                    PaddedFrame.Fill(sample, shape, frame);
                    ConvPoolReluKernel.Backward(shape, frame, g + b * shape.PooledSize, won + b * shape.PooledSize, dw, db);
                }
            }
            var weightGrad = tapMajorGrad.t().reshape(shape.OutputChannels, shape.InputChannels, shape.KernelSize, shape.KernelSize);
            return ReturnedGradients.Hold([null!, weightGrad, biasGrad, null!]);
        }
        finally
        {
            foreach (var tensor in saved) tensor.Dispose();
            gradOutput.Dispose();
        }
    }

    private static unsafe Tensor Compute(Tensor frames, Tensor weight, Tensor bias, in ConvPoolGeometry shape, Tensor? winners)
    {
        long batch = frames.shape[0];
        using var tapMajor = weight.reshape(shape.OutputChannels, shape.Taps).t().contiguous();
        using var contiguousBias = bias.contiguous();
        var result = empty(batch, shape.PooledHeight, shape.PooledWidth, shape.OutputChannels);
        float* w = TensorData.Floats(tapMajor), bv = TensorData.Floats(contiguousBias), o = TensorData.Floats(result);
        byte* won = winners is null ? null : TensorData.Bytes(winners);
        var padded = PaddedFrame.For(shape);
        fixed (float* frame = padded)
        {
            for (long b = 0; b < batch; b++)
            {
                using var sample = frames[b];
                PaddedFrame.Fill(sample, shape, frame);
                ConvPoolReluKernel.Forward(shape, frame, w, bv, o + b * shape.PooledSize, won is null ? null : won + b * shape.PooledSize);
            }
        }
        using (result)
        {
            return result.permute(0, 3, 1, 2);
        }
    }

    private static ConvPoolGeometry Geometry(Tensor frames, Tensor weight, int padding) =>
        new((int)frames.shape[1], (int)frames.shape[2], (int)frames.shape[3], padding, (int)weight.shape[2], (int)weight.shape[0]);

    /// <summary>A thread's zero-padded copy of one frame, reused from call to call.</summary>
    private static class PaddedFrame
    {
        [ThreadStatic]
        private static float[]? buffer;

        /// <summary>The thread's buffer, at least one padded frame of <paramref name="shape"/> long.</summary>
        public static float[] For(in ConvPoolGeometry shape)
        {
            if (buffer is null || buffer.Length < shape.PaddedFrameSize) buffer = GC.AllocateArray<float>(shape.PaddedFrameSize, pinned: true);
            return buffer;
        }

        /// <summary>Copies <paramref name="frame"/> <c>[C, H, W]</c> into the middle of <paramref name="padded"/>, zeros around it.</summary>
        public static unsafe void Fill(Tensor frame, in ConvPoolGeometry shape, float* padded)
        {
            new Span<float>(padded, shape.PaddedFrameSize).Clear();
            float* source = TensorData.Floats(frame);
            int height = shape.Height, width = shape.Width, padding = shape.Padding;
            for (int c = 0; c < shape.InputChannels; c++)
            for (int y = 0; y < height; y++)
                new ReadOnlySpan<float>(source + (c * height + y) * width, width)
                    .CopyTo(new Span<float>(padded + (c * shape.PaddedHeight + y + padding) * shape.PaddedWidth + padding, width));
        }
    }
}
