using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Agents.Networks;

/// <summary>
/// The authors' convolutional stack for one (or <c>C</c>) 80×80 frame(s) (SAM_STM_REFERENCE §3.2):
/// conv 5×5 pad 2 → 32, conv 5×5 pad 1 → 32, conv 4×4 pad 1 → 64, conv 3×3 pad 1 → 64, each followed by a 2×2
/// max-pool and ReLU; 80 → 40 → 19 → 9 → 4, flattened to 64·4·4 = 1024 features (96,224 parameters for C = 1).
/// </summary>
public sealed class AtariConvEncoder : ObservationEncoder
{
    /// <summary>The frame side the stack is built for.</summary>
    public const int FrameSize = 80;

    /// <summary>Width of the flattened output.</summary>
    public const int FeatureSize = 64 * 4 * 4;

    private readonly Conv2d conv1;
    private readonly Conv2d conv2;
    private readonly Conv2d conv3;
    private readonly Conv2d conv4;

    /// <summary>Creates the stack for <paramref name="channels"/> stacked 80×80 frames (the authors use 1).</summary>
    public AtariConvEncoder(long channels = 1) : base(nameof(AtariConvEncoder), [channels, FrameSize, FrameSize], FeatureSize)
    {
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels), channels, "expected at least one input channel");
        conv1 = nn.Conv2d(channels, 32, 5, stride: 1, padding: 2);
        conv2 = nn.Conv2d(32, 32, 5, stride: 1, padding: 1);
        conv3 = nn.Conv2d(32, 64, 4, stride: 1, padding: 1);
        conv4 = nn.Conv2d(64, 64, 3, stride: 1, padding: 1);
        RegisterComponents();
    }

    /// <summary>Frames <c>[B, C, 80, 80]</c> to features <c>[B, 1024]</c>.</summary>
    /// <remarks>
    /// The activations after the first convolution are laid out channels-last: libtorch's channels-last max-pool
    /// kernel is vectorised over channels and about three times faster than its NCHW kernel on the 32×80×80 map,
    /// the later convolutions keep that layout, and both kernels pick the same (first) maximum of each window, so
    /// values and gradients are the same as with NCHW tensors. Where <see cref="FusedConvPoolRelu"/> applies (float32
    /// observations on a CPU with AVX-512) the first layer, its pool and ReLU are one SIMD operation that writes the
    /// pooled map channels-last directly.
    /// </remarks>
    public override Tensor forward(Tensor frames)
    {
        using var scope = NewDisposeScope();
        var x = FusedConvPoolRelu.Supports(conv1, frames)
            ? FusedConvPoolRelu.Apply(conv1, frames)
            : nn.functional.relu(nn.functional.max_pool2d(ChannelsLast(conv1.forward(frames)), 2));
        x = nn.functional.relu(nn.functional.max_pool2d(conv2.forward(x), 2));
        x = nn.functional.relu(nn.functional.max_pool2d(conv3.forward(x), 2));
        x = nn.functional.relu(nn.functional.max_pool2d(conv4.forward(x), 2));
        return x.flatten(1).MoveToOuterDisposeScope();
    }

    /// <summary>The same logical NCHW tensor with channels-last memory (TorchSharp has no memory_format argument).</summary>
    private static Tensor ChannelsLast(Tensor nchw) => nchw.permute(0, 2, 3, 1).contiguous().permute(0, 3, 1, 2);
}
