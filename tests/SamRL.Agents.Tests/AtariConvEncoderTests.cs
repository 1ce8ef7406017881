using SamRL.Agents.Networks;
using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests;

/// <summary>The encoder's channels-last fast path computes exactly the authors' NCHW stack.</summary>
public sealed class AtariConvEncoderTests
{
    [Fact]
    public void OutputsAndGradientsEqualThePlainNchwStack()
    {
        manual_seed(3);
        using var encoder = new AtariConvEncoder();
        // A Pong-like frame: mostly constant background (so 2×2 windows are full of ties) with a few bright objects.
        using var frames = zeros(2, 1, 80, 80);
        frames[0, 0, TensorIndex.Slice(10, 26), TensorIndex.Slice(70, 72)] = tensor(1.0f);
        frames[0, 0, TensorIndex.Slice(40, 42), TensorIndex.Slice(30, 31)] = tensor(0.5f);
        frames[1, 0, TensorIndex.Slice(0, 80), TensorIndex.Slice(0, 80)] = rand(80, 80);

        var convolutions = encoder.children().OfType<TorchSharp.Modules.Conv2d>().ToArray();
        Assert.Equal(4, convolutions.Length);
        Tensor Plain(Tensor x)
        {
            foreach (var convolution in convolutions)
                x = nn.functional.relu(nn.functional.max_pool2d(convolution.forward(x).contiguous(), 2));
            return x.reshape(x.shape[0], -1);
        }

        using var target = randn(2, AtariConvEncoder.FeatureSize);
        encoder.zero_grad();
        var actual = encoder.forward(frames);
        (actual * target).sum().backward();
        var actualGradients = convolutions.Select(c => c.weight!.grad!.clone()).ToArray();

        encoder.zero_grad();
        var expected = Plain(frames);
        (expected * target).sum().backward();

        Assert.True(actual.allclose(expected, rtol: 1e-5, atol: 1e-6), "features");
        for (int i = 0; i < convolutions.Length; i++)
            Assert.True(actualGradients[i].allclose(convolutions[i].weight!.grad!, rtol: 1e-4, atol: 1e-5), $"conv{i + 1} weight gradient");
    }
}
