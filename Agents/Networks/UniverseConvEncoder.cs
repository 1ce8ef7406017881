using TorchSharp;
using TorchSharp.Modules;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Agents.Networks;

/// <summary>
/// The convolutional stack of OpenAI's universe-starter-agent for 42×42 frames: four 3×3 convolutions of 32
/// channels with stride 2 and padding 1, each followed by ELU; 42 → 21 → 11 → 6 → 3, flattened to 32·3·3 = 288
/// features.
/// </summary>
public sealed class UniverseConvEncoder : ObservationEncoder
{
    /// <summary>The frame side the stack is built for.</summary>
    public const int FrameSize = 42;

    /// <summary>Width of the flattened output.</summary>
    public const int FeatureSize = 32 * 3 * 3;

    private readonly Conv2d conv1;
    private readonly Conv2d conv2;
    private readonly Conv2d conv3;
    private readonly Conv2d conv4;

    /// <summary>Creates the stack for <paramref name="channels"/> stacked 42×42 frames.</summary>
    public UniverseConvEncoder(long channels = 1) : base(nameof(UniverseConvEncoder), [channels, FrameSize, FrameSize], FeatureSize)
    {
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels), channels, "expected at least one input channel");
        conv1 = nn.Conv2d(channels, 32, 3, stride: 2, padding: 1);
        conv2 = nn.Conv2d(32, 32, 3, stride: 2, padding: 1);
        conv3 = nn.Conv2d(32, 32, 3, stride: 2, padding: 1);
        conv4 = nn.Conv2d(32, 32, 3, stride: 2, padding: 1);
        RegisterComponents();
    }

    /// <summary>Frames <c>[B, C, 42, 42]</c> to features <c>[B, 288]</c>.</summary>
    public override Tensor forward(Tensor frames)
    {
        using var scope = NewDisposeScope();
        var x = Elu(conv1.forward(frames));
        x = Elu(conv2.forward(x));
        x = Elu(conv3.forward(x));
        x = Elu(conv4.forward(x));
        return x.flatten(1).MoveToOuterDisposeScope();
    }

    // ELU with α = 1, given as kept scalars: nn.functional.elu(x, 1.0) would make temporary ones (KeptScalars).
    private static Tensor Elu(Tensor x) => x.elu(One, One, One);
}
