using SamRL.Agents.Babi;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests.Babi;

public sealed class TprLayerNormTests
{
    [Fact]
    public void NormalisesWithTheBiasedVarianceThenAppliesGainAndBias()
    {
        using var norm = new TprLayerNorm(4);
        using (no_grad())
        {
            norm.Gain.copy_(tensor(new float[] { 1, 2, 1, 1 }));
            norm.Bias.copy_(tensor(new float[] { 0, 0, 0.5f, 0 }));
        }

        using var output = norm.forward(tensor(new float[] { 1, 2, 3, 4 }).reshape(1, 4));

        // Mean 2.5, biased variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25.
        var s = Math.Sqrt(1.25);
        var expected = new[] { -1.5 / s, 2 * (-0.5 / s), 0.5 / s + 0.5, 1.5 / s };
        var actual = output.data<float>().ToArray();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(expected[i], actual[i], 5);
        }
    }

    [Fact]
    public void TinyEpsilonKeepsSmallVectorsAtUnitScale()
    {
        // Variance 1e-6: with ε = 1e-12 the outputs are ±1; PyTorch's default ε = 1e-5 would shrink them to ±0.30.
        using var norm = new TprLayerNorm(2);
        using var output = norm.forward(tensor(new float[] { 0, 2e-3f }).reshape(1, 2));
        var actual = output.data<float>().ToArray();
        Assert.Equal(-1, actual[0], 3);
        Assert.Equal(1, actual[1], 3);
    }
}
