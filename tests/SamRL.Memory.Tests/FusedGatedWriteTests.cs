using System.Runtime.Intrinsics;
using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>
/// The SIMD gated write (<see cref="FusedGatedWrite"/>) against Eq. 10 written out with libtorch operations in float64,
/// forward and every gradient. Without AVX-512 the kernel still runs (.NET emulates the 512-bit vectors), only slowly.
/// </summary>
public sealed class FusedGatedWriteTests
{
    [Theory]
    [InlineData(48, false)]
    [InlineData(96, false)]
    [InlineData(96, true)]
    public void ForwardAndGradientsEqualTheEquationInDoublePrecision(int d, bool selfOuterProduct)
    {
        const int batch = 3;
        manual_seed(d + (selfOuterProduct ? 1 : 0));
        using var memory = (randn(batch, d, d) * 1.5).requires_grad_();
        using var a = randn(batch, d).requires_grad_();
        using var w = selfOuterProduct ? a : randn(batch, d).requires_grad_();
        using var gateTerm = randn(batch, 2 * d).requires_grad_();
        using var weight = (randn(2 * d, d) / Math.Sqrt(d)).requires_grad_();
        using var projection = randn(batch, d, d, ScalarType.Float64);

        using var expectedScope = NewDisposeScope();
        var leaves = new[] { memory, a, w, gateTerm, weight }.Select(t => t.detach().to(ScalarType.Float64).requires_grad_()).ToArray();
        var expected = EquationTen(leaves[0], leaves[1], selfOuterProduct ? leaves[1] : leaves[2], leaves[3], leaves[4]);
        (expected * projection).sum().backward();

        var actual = FusedGatedWrite.Apply(memory, a, w, gateTerm, weight);
        (actual.to(ScalarType.Float64) * projection).sum().backward();

        AssertClose("new memory", expected, actual, 1e-5);
        AssertClose("dM", leaves[0].grad!, memory.grad!, 1e-4);
        AssertClose("dW_m", leaves[4].grad!, weight.grad!, 1e-4);
        AssertClose("dp", leaves[3].grad!, gateTerm.grad!, 1e-4);
        AssertClose("da", leaves[1].grad!, a.grad!, 1e-4);
        if (!selfOuterProduct) AssertClose("dw", leaves[2].grad!, w.grad!, 1e-4);
    }

    [Theory]
    [InlineData(false, 4)]
    [InlineData(true, 1)]   // the A3C agent's STM: batch 1, M^r rebuilt each step, per-row normalisation
    public void StmGivesTheSameStepsWithAndWithoutTheKernel(bool reinforcementLearningPreset, int batch)
    {
        var options = reinforcementLearningPreset ? StmPresets.ReinforcementLearning() : StmPresets.AssociativeRetrieval();
        manual_seed(3);
        using var fused = new Stm(options);
        manual_seed(3);
        using var composed = new Stm(options);
        composed.to(ScalarType.Float64); // float64 takes libtorch operations
        Assert.Equal(Vector512.IsHardwareAccelerated, FusedGatedWrite.Supports(zeros(4, 96, 96)));
        Assert.Equal(Vector512.IsHardwareAccelerated, FusedGatedWrite.Supports(zeros(1, 96, 96)));
        Assert.False(FusedGatedWrite.Supports(zeros(4, 72, 72)));
        Assert.False(FusedGatedWrite.Supports(zeros(4, 96, 96, ScalarType.Float64)));

        manual_seed(4);
        using var inputs = randn(3, batch, options.InputSize);
        using var scope = NewDisposeScope();
        var (output, state) = fused.SequenceToLast(inputs);
        var (expected, expectedState) = composed.SequenceToLast(inputs.to(ScalarType.Float64));
        output.sum().backward();
        expected.sum().backward();

        AssertClose("output", expected, output, 1e-4);
        AssertClose("item memory", expectedState[Stm.ItemMemoryName], state[Stm.ItemMemoryName], 1e-4);
        var expectedGradients = composed.named_parameters().ToDictionary(p => p.name, p => p.parameter.grad);
        foreach (var (name, parameter) in fused.named_parameters())
        {
            if (parameter.grad is null) Assert.Null(expectedGradients[name]);
            else AssertClose($"d output / d {name}", expectedGradients[name]!, parameter.grad, 1e-3);
        }
    }

    /// <summary>Eq. 10 as written: I ⊙ tanh(a ⊗ w) + F ⊙ M, [I, F] = σ(tanh(M)·W_mᵀ + p).</summary>
    private static Tensor EquationTen(Tensor memory, Tensor a, Tensor w, Tensor gateTerm, Tensor weight)
    {
        long d = memory.shape[1];
        var gates = tanh(memory).matmul(weight.t()) + gateTerm.unsqueeze(1);
        var input = sigmoid(gates.narrow(2, 0, d));
        var forget = sigmoid(gates.narrow(2, d, d));
        return input * tanh(a.unsqueeze(2) * w.unsqueeze(1)) + forget * memory;
    }

    internal static void AssertClose(string what, Tensor expected, Tensor actual, double tolerance)
    {
        using var difference = (actual.to(ScalarType.Float64) - expected.to(ScalarType.Float64)).abs().max();
        using var scale = expected.abs().max();
        double error = difference.item<double>(), size = Math.Max(1, scale.to(ScalarType.Float64).item<double>());
        Assert.True(error <= tolerance * size, $"{what}: largest difference {error:G3} against a largest entry of {size:G3}");
    }
}
