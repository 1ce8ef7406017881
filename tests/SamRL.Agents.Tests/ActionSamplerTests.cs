using SamRL.Agents.A3C;
using SamRL.Environments.Core;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests;

public sealed class ActionSamplerTests
{
    [Fact]
    public void SampledFrequenciesMatchTheProbabilities()
    {
        float[] probabilities = [0.1f, 0.6f, 0.0f, 0.3f];
        using var tensorProbabilities = tensor(probabilities).view(1, 4);
        var rng = new Rng(7);
        var counts = new int[4];
        const int draws = 20_000;
        for (int i = 0; i < draws; i++) counts[ActionSampler.Sample(tensorProbabilities, rng)]++;
        Assert.Equal(0, counts[2]);
        for (int action = 0; action < 4; action++)
        {
            // Five standard deviations of a binomial count.
            double sd = Math.Sqrt(draws * probabilities[action] * (1 - probabilities[action]));
            Assert.InRange(counts[action], draws * probabilities[action] - 5 * sd, draws * probabilities[action] + 5 * sd);
        }
    }

    [Fact]
    public void GreedyPicksTheLargestLogitAndTheFirstOnTies()
    {
        using var logits = tensor(new[] { 0.2f, 1.5f, -3f, 1.5f }).view(1, 4);
        Assert.Equal(1, ActionSampler.Greedy(logits));
    }

    [Fact]
    public void ValuesThatCannotBeReadInPlaceAreRejected()
    {
        using var doubles = tensor(new[] { 0.5, 0.5 }).view(1, 2);
        using var batch = ones(2, 2);
        Assert.Throws<ArgumentException>(() => ActionSampler.Greedy(doubles));
        Assert.Throws<ArgumentException>(() => ActionSampler.Sample(batch, new Rng(1)));
    }
}
