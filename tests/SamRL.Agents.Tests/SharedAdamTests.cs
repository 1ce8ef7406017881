using SamRL.Agents.A3C;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests;

/// <summary>The authors' SharedAdam update (AMSGrad, ε added before the bias correction), against hand arithmetic.</summary>
public sealed class SharedAdamTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void UpdatesFollowTheAuthorsFormulaStepByStep(bool amsGrad)
    {
        const double lr = 0.1, beta1 = 0.9, beta2 = 0.999, eps = 1e-3;
        using var layer = nn.Linear(1, 1, hasBias: false);
        using (no_grad()) layer.weight!.fill_(1.0f);
        using var adam = new SharedAdam(layer, lr, beta1, beta2, eps, amsGrad);

        double weight = 1, m = 0, v = 0, vMax = 0;
        double[] gradients = [0.5, -2.0, 0.1];
        for (int t = 1; t <= gradients.Length; t++)
        {
            double g = gradients[t - 1];
            adam.Step([tensor(new[] { (float)g }).view(1, 1)]);
            m = beta1 * m + (1 - beta1) * g;
            v = beta2 * v + (1 - beta2) * g * g;
            vMax = Math.Max(vMax, v);
            double denominator = Math.Sqrt(amsGrad ? vMax : v) + eps;
            weight -= lr * Math.Sqrt(1 - Math.Pow(beta2, t)) / (1 - Math.Pow(beta1, t)) * m / denominator;
            Assert.Equal(weight, layer.weight!.item<float>(), 5);
        }
        Assert.Equal(new long[] { 3 }, adam.Steps);
    }

    [Fact]
    public void ParametersWithoutGradientAreLeftAlone()
    {
        using var layer = nn.Linear(2, 1);
        using var adam = new SharedAdam(layer, 0.1, 0.9, 0.999, 1e-3, amsGrad: true);
        using var before = layer.bias!.detach().clone();
        adam.Step([ones(1, 2), null]);
        Assert.True(layer.bias!.allclose(before, rtol: 0, atol: 0));
        Assert.Equal(new long[] { 1, 0 }, adam.Steps);
    }
}
