using System.Runtime.Intrinsics;
using SamRL.Agents.Networks;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests;

/// <summary>
/// The SIMD first layer (<see cref="FusedConvPoolRelu"/>) against relu(max_pool2d(conv2d(x))) of libtorch in float64,
/// values and the filter and bias gradients. Without AVX-512 the kernel still runs (.NET emulates the 512-bit
/// vectors), only slowly.
/// </summary>
public sealed class FusedConvPoolReluTests
{
    [Theory]
    [InlineData(1, 80, 80, 32, 5, 2, 1)]   // the authors' conv1 on one frame
    [InlineData(1, 80, 80, 32, 5, 2, 3)]
    [InlineData(2, 21, 18, 64, 3, 1, 2)]   // odd convolution rows: the pool drops the last one
    [InlineData(3, 12, 15, 32, 4, 0, 2)]   // even kernel, no padding
    public void ValuesAndGradientsEqualTheLayersInDoublePrecision(int channels, int height, int width, int filters, int kernel, int padding, int batch)
    {
        manual_seed(channels * 100 + kernel * 10 + batch);
        using var convolution = nn.Conv2d(channels, filters, kernel, stride: 1, padding: padding);
        using var frames = ObservationLikeFrames(batch, channels, height, width);
        Assert.Equal(Vector512.IsHardwareAccelerated, FusedConvPoolRelu.Supports(convolution, frames));

        using var scope = NewDisposeScope();
        var weight = convolution.weight!.detach().to(ScalarType.Float64).requires_grad_();
        var bias = convolution.bias!.detach().to(ScalarType.Float64).requires_grad_();
        var expected = nn.functional.relu(nn.functional.max_pool2d(
            nn.functional.conv2d(frames.to(ScalarType.Float64), weight, bias, padding: [padding, padding]), 2));
        var projection = randn(expected.shape, ScalarType.Float64);
        (expected * projection).sum().backward();

        var actual = FusedConvPoolRelu.Apply(convolution, frames);
        Assert.Equal(expected.shape, actual.shape);
        Assert.True(actual.permute(0, 2, 3, 1).is_contiguous(), "the result is channels-last");
        (actual.to(ScalarType.Float64) * projection).sum().backward();

        AssertClose("pooled values", expected, actual, 1e-5);
        AssertClose("filter gradient", weight.grad!, convolution.weight!.grad!, 1e-4);
        AssertClose("bias gradient", bias.grad!, convolution.bias!.grad!, 1e-4);
    }

    [Fact]
    public void WithoutGradientItComputesTheSameValuesAndRecordsNothing()
    {
        manual_seed(5);
        using var convolution = nn.Conv2d(1, 32, 5, stride: 1, padding: 2);
        using var frames = ObservationLikeFrames(2, 1, 80, 80);
        using var recorded = FusedConvPoolRelu.Apply(convolution, frames);
        using (no_grad())
        {
            using var plain = FusedConvPoolRelu.Apply(convolution, frames);
            Assert.False(plain.requires_grad);
            Assert.True(plain.allclose(recorded, rtol: 0, atol: 0));
        }
    }

    [Fact]
    public void LayersItCannotComputeAreLeftToLibtorch()
    {
        using var frames = zeros(1, 1, 80, 80);
        using var conv1 = nn.Conv2d(1, 32, 5, stride: 1, padding: 2);
        using (var framesWithGradient = zeros(1, 1, 80, 80).requires_grad_())
            Assert.False(FusedConvPoolRelu.Supports(conv1, framesWithGradient));
        using (var doubleFrames = zeros(1, 1, 80, 80, ScalarType.Float64))
            Assert.False(FusedConvPoolRelu.Supports(conv1, doubleFrames));
        using (var strided = nn.Conv2d(1, 32, 5, stride: 2, padding: 2))
            Assert.False(FusedConvPoolRelu.Supports(strided, frames));
        using (var sixteenFilters = nn.Conv2d(1, 16, 5, stride: 1, padding: 2))
            Assert.False(FusedConvPoolRelu.Supports(sixteenFilters, frames));
        using (var withoutBias = nn.Conv2d(1, 32, 5, stride: 1, padding: 2, bias: false))
            Assert.False(FusedConvPoolRelu.Supports(withoutBias, frames));
    }

    /// <summary>
    /// Frames like Atari observations: the first is a constant background (every 2×2 window of it a four-way tie)
    /// with two bright objects, the others uniform noise.
    /// </summary>
    private static Tensor ObservationLikeFrames(int batch, int channels, int height, int width)
    {
        var frames = rand(batch, channels, height, width);
        frames[0].zero_();
        frames[0, TensorIndex.Colon, TensorIndex.Slice(2, 8), TensorIndex.Slice(1, 3)] = tensor(1.0f);
        frames[0, 0, height / 2, width / 2] = tensor(0.5f);
        return frames;
    }

    private static void AssertClose(string what, Tensor expected, Tensor actual, double tolerance)
    {
        using var difference = (expected - actual.to(ScalarType.Float64)).abs().max();
        using var scale = expected.abs().max();
        double error = difference.item<double>(), bound = tolerance * Math.Max(1.0, scale.item<double>());
        Assert.True(error <= bound, $"{what}: max |expected − actual| = {error:E3} > {bound:E3}");
    }
}
