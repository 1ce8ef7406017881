using SamRL.Agents.A3C;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests;

/// <summary>The vectorised loss against the authors' backward loop (SAM_STM_REFERENCE §3.5), values and gradients.</summary>
public sealed class A3CLossTests
{
    private static readonly double[] Rewards = [0, 1, -1, 0, 0.5];
    private static readonly float[] Values = [0.2f, -0.1f, 0.4f, 0.05f, -0.3f];
    private static readonly float[] LogProbabilities = [-1.2f, -0.7f, -2.0f, -0.1f, -1.6f];
    private static readonly float[] Entropies = [1.7f, 1.5f, 1.1f, 0.9f, 1.6f];

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.75)]
    public void LossAndGradientsEqualTheAuthorsLoop(double bootstrap)
    {
        var config = new A3CConfig { RolloutLength = 8 };
        var (values, logProbabilities, entropies) = Leaves();
        var loss = new A3CLoss(config).Compute(cat(values, 0), cat(logProbabilities, 0), cat(entropies, 0), Rewards, bootstrap);
        loss.Total.backward();

        var (expectedValues, expectedLogProbabilities, expectedEntropies) = Leaves();
        var (expectedTotal, expectedPolicy, expectedValue) = AuthorsLoop(config, expectedValues, expectedLogProbabilities, expectedEntropies, bootstrap);
        expectedTotal.backward();

        Assert.Equal(expectedTotal.item<float>(), loss.Total.item<float>(), 5);
        Assert.Equal(expectedPolicy, loss.PolicyLoss, 4);
        Assert.Equal(expectedValue, loss.ValueLoss, 4);
        Assert.Equal(Entropies.Average(), loss.MeanEntropy, 5);
        for (int i = 0; i < Rewards.Length; i++)
        {
            Assert.Equal(expectedValues[i].grad!.item<float>(), values[i].grad!.item<float>(), 5);
            Assert.Equal(expectedLogProbabilities[i].grad!.item<float>(), logProbabilities[i].grad!.item<float>(), 5);
            Assert.Equal(expectedEntropies[i].grad!.item<float>(), entropies[i].grad!.item<float>(), 5);
        }
    }

    [Fact]
    public void OneStepLossMatchesAHandComputation()
    {
        var config = new A3CConfig { RolloutLength = 1, Gamma = 0.5, Tau = 1.0, EntropyCoefficient = 0.1, ValueLossCoefficient = 0.5 };
        var loss = new A3CLoss(config).Compute(tensor(new[] { 1.0f }), tensor(new[] { -2.0f }), tensor(new[] { 0.5f }), [3.0], bootstrapValue: 4.0);
        // R = 3 + 0.5·4 = 5; advantage = δ = 3 + 0.5·4 − 1 = 4; policy = −(−2·4) − 0.1·0.5 = 7.95; value = ½(5 − 1)² = 8.
        Assert.Equal(7.95, loss.PolicyLoss, 5);
        Assert.Equal(8.0, loss.ValueLoss, 5);
        Assert.Equal(7.95 + 0.5 * 8.0, loss.Total.item<float>(), 4);
    }

    [Fact]
    public void TensorsOfAnotherLengthThanTheRewardsAreRefusedByName()
    {
        var loss = new A3CLoss(new A3CConfig { RolloutLength = 4 });
        using var two = zeros(2);
        using var three = zeros(3);
        var error = Assert.Throws<ArgumentException>(() => loss.Compute(two, three, three, [0.0, 1.0, 0.0], 0));
        Assert.Equal("valueTensor", error.ParamName);
        Assert.Contains("[3]", error.Message);
    }

    private static (Tensor[] Values, Tensor[] LogProbabilities, Tensor[] Entropies) Leaves() => (
        Values.Select(v => tensor(new[] { v }).requires_grad_()).ToArray(),
        LogProbabilities.Select(v => tensor(new[] { v }).requires_grad_()).ToArray(),
        Entropies.Select(v => tensor(new[] { v }).requires_grad_()).ToArray());

    /// <summary>The loop of the authors' <c>train.py</c>, step by step.</summary>
    private static (Tensor Total, double Policy, double Value) AuthorsLoop(A3CConfig config, Tensor[] values, Tensor[] logProbabilities, Tensor[] entropies, double bootstrap)
    {
        var r = tensor(new[] { (float)bootstrap }).view(1, 1);
        var valueData = values.Select(v => (double)v.item<float>()).Append(bootstrap).ToArray();
        Tensor policyLoss = zeros(1, 1), valueLoss = zeros(1, 1);
        var gae = zeros(1, 1);
        for (int i = Rewards.Length - 1; i >= 0; i--)
        {
            r = config.Gamma * r + Rewards[i];
            var advantage = r - values[i];
            valueLoss = valueLoss + 0.5 * advantage.pow(2);
            double delta = Rewards[i] + config.Gamma * valueData[i + 1] - valueData[i];
            gae = gae * config.Gamma * config.Tau + delta;
            policyLoss = policyLoss - logProbabilities[i] * gae - config.EntropyCoefficient * entropies[i];
        }
        return ((policyLoss + config.ValueLossCoefficient * valueLoss).sum(), policyLoss.item<float>(), valueLoss.item<float>());
    }
}
