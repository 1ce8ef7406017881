using System.Runtime.Intrinsics;

namespace SamRL.Memory.Tests;

/// <summary>The kernels' exp, σ and tanh against System.Math in double precision over their whole range.</summary>
public sealed class SimdMathTests
{
    [Fact]
    public void ExpIsWithinThreeTenMillionthsRelativeError()
    {
        double worst = 0;
        foreach (float x in Grid(-80f, 80f, 0.0037f))
            worst = Math.Max(worst, Math.Abs(SimdMath.Exp(Vector512.Create(x))[0] - Math.Exp(x)) / Math.Exp(x));
        Assert.True(worst < 3e-7, $"largest relative error {worst:G3}");
    }

    [Fact]
    public void SigmoidAndTanhAreWithinOneMillionthAndSaturateExactly()
    {
        double worstSigmoid = 0, worstTanh = 0;
        foreach (float x in Grid(-120f, 120f, 0.0013f))
        {
            worstSigmoid = Math.Max(worstSigmoid, Math.Abs(SimdMath.Sigmoid(Vector512.Create(x))[0] - 1 / (1 + Math.Exp(-x))));
            worstTanh = Math.Max(worstTanh, Math.Abs(SimdMath.Tanh(Vector512.Create(x))[0] - Math.Tanh(x)));
        }
        Assert.True(worstSigmoid < 1e-6, $"σ: largest absolute error {worstSigmoid:G3}");
        Assert.True(worstTanh < 1e-6, $"tanh: largest absolute error {worstTanh:G3}");
        Assert.Equal(1f, SimdMath.Tanh(Vector512.Create(1000f))[0]);
        Assert.Equal(-1f, SimdMath.Tanh(Vector512.Create(-1000f))[0]);
        Assert.Equal(1f, SimdMath.Sigmoid(Vector512.Create(1000f))[0]);
        Assert.True(SimdMath.Sigmoid(Vector512.Create(-1000f))[0] < 1e-30f);
    }

    private static IEnumerable<float> Grid(float from, float to, float step)
    {
        for (float x = from; x <= to; x += step) yield return x;
    }
}
