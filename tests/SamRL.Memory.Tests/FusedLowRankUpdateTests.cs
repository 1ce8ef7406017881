using static SamRL.Memory.Tests.FusedGatedWriteTests;
using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>The SIMD rank-k update (<see cref="FusedLowRankUpdate"/>) against s · X + L · R in float64, forward and every gradient.</summary>
public sealed class FusedLowRankUpdateTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(3, false)]
    [InlineData(3, true)]
    [InlineData(9, true)]
    public void ForwardAndGradientsEqualTheProductInDoublePrecision(int k, bool scaled)
    {
        const int groups = 4, rows = 24, columns = 32;
        manual_seed(k * 10 + (scaled ? 1 : 0));
        using var input = randn(groups, rows, columns).requires_grad_();
        using var left = randn(groups, rows, k).requires_grad_();
        using var right = randn(groups, k, columns).requires_grad_();
        using var scale = scaled ? (randn(1) * 0.5).requires_grad_() : null;
        using var projection = randn(groups, rows, columns, ScalarType.Float64);

        using var scope = NewDisposeScope();
        var leaves = new[] { input, left, right }.Select(t => t.detach().to(ScalarType.Float64).requires_grad_()).ToArray();
        var scaleLeaf = scale?.detach().to(ScalarType.Float64).requires_grad_();
        var expected = (scaleLeaf is null ? leaves[0] : scaleLeaf * leaves[0]) + leaves[1].bmm(leaves[2]);
        (expected * projection).sum().backward();

        var actual = FusedLowRankUpdate.Apply(input, left, right, scale);
        (actual.to(ScalarType.Float64) * projection).sum().backward();

        AssertClose("output", expected, actual, 1e-5);
        AssertClose("dX", leaves[0].grad!, input.grad!, 1e-5);
        AssertClose("dL", leaves[1].grad!, left.grad!, 1e-5);
        AssertClose("dR", leaves[2].grad!, right.grad!, 1e-5);
        if (scaled) AssertClose("ds", scaleLeaf!.grad!, scale!.grad!, 1e-5);
    }

    [Fact]
    public void WithoutGradientsNothingIsRecorded()
    {
        using var input = randn(2, 3, 16).requires_grad_();
        using var left = randn(2, 3, 2);
        using var right = randn(2, 2, 16);
        using (no_grad())
        {
            using var output = FusedLowRankUpdate.Apply(input, left, right, null);
            Assert.False(output.requires_grad);
            using var expected = input.detach() + left.bmm(right);
            AssertClose("output", expected, output, 1e-6);
        }
    }
}
