using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Memory.Tests;

/// <summary>Proves that the native TorchSharp library loads on this machine (see build/TorchSharpNativeFix.targets).</summary>
public sealed class TorchLoadsTests
{
    [Fact]
    public void MatrixProductRunsAndIsCorrect()
    {
        using var a = tensor(new double[] { 1, 2, 3, 4 }, 2, 2);
        using var b = tensor(new double[] { 5, 6, 7, 8 }, 2, 2);
        using var c = a.matmul(b);
        Assert.Equal(new double[] { 19, 22, 43, 50 }, c.data<double>().ToArray());
    }
}
