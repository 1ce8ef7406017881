using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

public sealed class SamTests
{
    [Theory]
    [InlineData(1, 1, 1, 1, 1)]
    [InlineData(2, 3, 4, 5, 6)]
    [InlineData(3, 8, 8, 7, 7)]
    [InlineData(1, 2, 5, 3, 4)]
    public void OuterProductAttentionEqualsTheLoopOfEquation8(int batch, int queries, int keys, int d, int dv)
    {
        manual_seed(batch * 100 + queries * 10 + keys);
        using var q = randn(batch, queries, d, ScalarType.Float64);
        using var k = randn(batch, keys, d, ScalarType.Float64);
        using var v = randn(batch, keys, dv, ScalarType.Float64);
        using var actual = Sam.OuterProductAttention(q, k, v);
        Assert.Equal(new long[] { batch, queries, d, dv }, actual.shape);

        double[] qa = q.data<double>().ToArray(), ka = k.data<double>().ToArray(), va = v.data<double>().ToArray();
        double[] got = actual.data<double>().ToArray();
        for (int b = 0; b < batch; b++)
            for (int s = 0; s < queries; s++)
                for (int i = 0; i < d; i++)
                    for (int f = 0; f < dv; f++)
                    {
                        double expected = 0;
                        for (int j = 0; j < keys; j++)
                            expected += Math.Tanh(qa[(b * queries + s) * d + i] * ka[(b * keys + j) * d + i]) * va[(b * keys + j) * dv + f];
                        double value = got[((b * queries + s) * d + i) * dv + f];
                        Assert.True(Math.Abs(expected - value) <= 1e-10, $"A[{b},{s},{i},{f}]: expected {expected:R}, got {value:R}");
                    }
    }

    [Theory]
    [InlineData(1, 1, 1, 1, 1)]
    [InlineData(2, 3, 2, 5, 4)]
    [InlineData(3, 2, 4, 3, 3)]
    public void CombineOntoAddsTheLoopOfTheFactorProductToTheBaseTerm(int batch, int slots, int keys, int d, int dv)
    {
        manual_seed(batch * 100 + slots * 10 + keys);
        using var scores = randn(batch, slots, keys, d, ScalarType.Float64);
        using var values = randn(batch, keys, dv, ScalarType.Float64);
        using var baseTerm = randn(batch, slots, d, dv, ScalarType.Float64);
        using var actual = Sam.CombineOnto(baseTerm, scores, values);
        Assert.Equal(new long[] { batch, slots, d, dv }, actual.shape);

        double[] sa = scores.data<double>().ToArray(), va = values.data<double>().ToArray(), ba = baseTerm.data<double>().ToArray();
        var expected = new double[ba.Length];
        for (int b = 0; b < batch; b++)
            for (int s = 0; s < slots; s++)
                for (int i = 0; i < d; i++)
                    for (int f = 0; f < dv; f++)
                    {
                        int at = ((b * slots + s) * d + i) * dv + f;
                        expected[at] = ba[at];
                        for (int m = 0; m < keys; m++)
                            expected[at] += sa[((b * slots + s) * keys + m) * d + i] * va[(b * keys + m) * dv + f];
                    }
        StmStepTests.AssertClose(expected, actual.data<double>().ToArray(), "base + A");
    }

    [Theory]
    [InlineData("code-default")]
    [InlineData("rl")]
    public void SamModuleEqualsTheLoopOfEquations4To8(string variant)
    {
        using var stm = StmVariants.Create(variant);
        var reference = new ReferenceStm(stm);
        long d = stm.Options.SlotSize;
        manual_seed(3);
        using var memory = randn(2, d, d, ScalarType.Float64);
        using var actual = stm.Sam.forward(memory);
        for (int b = 0; b < 2; b++)
        {
            var plain = new double[d, d];
            Buffer.BlockCopy(memory[b].data<double>().ToArray(), 0, plain, 0, (int)(d * d) * sizeof(double));
            var expected = reference.Sam(plain);
            var flat = new double[expected.Length];
            Buffer.BlockCopy(expected, 0, flat, 0, flat.Length * sizeof(double));
            StmStepTests.AssertClose(flat, actual[b].contiguous().data<double>().ToArray(), $"SAM sample {b}");
        }
    }

    /// <summary>
    /// Proposition 1: with a linear F°(x) = a·x + b, dot-product attention Σ_j F°(q·k_j) v_j equals the contraction
    /// P(A) = Σ_i A[i, :] of outer-product attention with the element-wise linear F(x) = a·x + b/d_qk.
    /// </summary>
    [Theory]
    [InlineData(0.7, -0.3, 6, 4, 5)]
    [InlineData(-1.5, 2.0, 3, 7, 2)]
    public void DotProductAttentionIsAContractionOfOuterProductAttention(double a, double b, int dqk, int keys, int dv)
    {
        manual_seed(5);
        using var q = randn(1, 1, dqk, ScalarType.Float64);
        using var k = randn(1, keys, dqk, ScalarType.Float64);
        using var v = randn(1, keys, dv, ScalarType.Float64);
        using var outer = Sam.OuterProductAttention(q, k, v, x => x * a + b / dqk);
        using var contracted = outer.sum(2).view(dv);

        double[] qa = q.data<double>().ToArray(), ka = k.data<double>().ToArray(), va = v.data<double>().ToArray();
        var dotProduct = new double[dv];
        for (int j = 0; j < keys; j++)
        {
            double score = 0;
            for (int i = 0; i < dqk; i++) score += qa[i] * ka[j * dqk + i];
            for (int f = 0; f < dv; f++) dotProduct[f] += (a * score + b) * va[j * dv + f];
        }
        StmStepTests.AssertClose(dotProduct, contracted.data<double>().ToArray(), "Proposition 1");
    }

    [Fact]
    public void MismatchedShapesAreRejectedWithTheExpectedShapes()
    {
        using var q = zeros(2, 3, 4);
        using var k = zeros(2, 3, 5);
        var error = Assert.Throws<ArgumentException>(() => Sam.OuterProductAttention(q, k, k));
        Assert.Contains("expected queries [B,N,d]", error.Message);
        using var sam = new Sam(4, 2, QkvNormalization.Joint);
        var memoryError = Assert.Throws<ArgumentException>(() => sam.forward(zeros(2, 4, 3)));
        Assert.Contains("[B, 4, 4]", memoryError.Message);
    }
}
