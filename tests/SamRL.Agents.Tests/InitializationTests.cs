using SamRL.Agents.Networks;
using SamRL.Memory;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests;

/// <summary>The authors' initialisation (SAM_STM_REFERENCE §3.4), checked against its definition.</summary>
public sealed class InitializationTests
{
    private static ActorCritic Agent(ulong seed = 1) =>
        ActorCritic.Create(new ActorCriticOptions { ObservationShape = [1, 80, 80], ActionCount = 6, Seed = seed });

    [Fact]
    public void ActorRowsHaveNorm001AndCriticRowsNorm1WithZeroBiases()
    {
        using var model = Agent();
        using var actorNorms = model.Actor.weight!.square().sum(1).sqrt();
        using var criticNorms = model.Critic.weight!.square().sum(1).sqrt();
        Assert.True(actorNorms.allclose(full(6, 0.01f), rtol: 1e-4, atol: 0));
        Assert.True(criticNorms.allclose(ones(1), rtol: 1e-4, atol: 0));
        Assert.Equal(0, model.Actor.bias!.abs().sum().item<float>());
        Assert.Equal(0, model.Critic.bias!.abs().sum().item<float>());
    }

    [Fact]
    public void ConvolutionsAreGlorotUniformTimesTheReluGain()
    {
        using var model = Agent();
        var conv2 = model.Encoder.named_modules().Select(m => m.module).OfType<Conv2d>().ElementAt(1);
        double bound = Math.Sqrt(2.0) * Math.Sqrt(6.0 / (32 * 25 + 32 * 25));
        double largest = conv2.weight!.abs().max().item<float>();
        Assert.InRange(largest, 0.98 * bound, bound * (1 + 1e-6));
        Assert.Equal(0, conv2.bias!.abs().sum().item<float>());
    }

    [Fact]
    public void LinearLayersInsideStmAreGlorotUniform()
    {
        using var model = Agent();
        var weights = model.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var distiller = weights.Single(p => p.Key.EndsWith("rel_projector.weight")).Value; // G2: 9216 → 96
        double bound = Math.Sqrt(6.0 / (9216 + 96));
        Assert.InRange(distiller.abs().max().item<float>(), 0.99 * bound, bound * (1 + 1e-6));
        // The uniform distribution's variance is bound²/3.
        Assert.InRange(distiller.var().item<float>(), 0.97 * bound * bound / 3, 1.03 * bound * bound / 3);
        Assert.Equal(0, weights.Single(p => p.Key.EndsWith("rel_projector.bias")).Value.abs().sum().item<float>());
    }

    [Fact]
    public void LstmKeepsPyTorchsDefaultWeightsButZeroBiases()
    {
        using var model = Agent();
        var cell = model.named_modules().Select(m => m.module).OfType<LSTMCell>().Single();
        double bound = 1 / Math.Sqrt(256);
        Assert.InRange(cell.weight_ih!.abs().max().item<float>(), 0.99 * bound, bound * (1 + 1e-6));
        Assert.Equal(0, cell.bias_ih!.abs().sum().item<float>());
        Assert.Equal(0, cell.bias_hh!.abs().sum().item<float>());
    }

    [Fact]
    public void StmScalarsAndLayerNormsKeepTheirConstructorValues()
    {
        using var model = Agent();
        var weights = model.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        Assert.Equal(1f, weights.Single(p => p.Key.EndsWith("forget_bias")).Value.item<float>());
        Assert.Equal(0f, weights.Single(p => p.Key.EndsWith("input_bias")).Value.item<float>());
        Assert.Equal(0f, weights.Single(p => p.Key.EndsWith("alpha3")).Value.item<float>());
        Assert.True(weights.Single(p => p.Key.EndsWith("layernorm2.weight")).Value.allclose(ones(64)));
        double bound = 1 / Math.Sqrt(2 * 96);
        Assert.InRange(weights.Single(p => p.Key.EndsWith("item_memory_state_bias")).Value.abs().max().item<float>(), 0.98 * bound, bound);
    }

    [Fact]
    public void TheSeedAloneDeterminesTheWeights()
    {
        manual_seed(11);
        using var first = Agent(seed: 5);
        manual_seed(12);
        using var second = Agent(seed: 5);
        using var third = Agent(seed: 6);
        var a = first.parameters().ToArray();
        var b = second.parameters().ToArray();
        var c = third.parameters().ToArray();
        for (int i = 0; i < a.Length; i++)
            Assert.True(a[i].allclose(b[i], rtol: 0, atol: 0), $"parameter {i} differs between two builds with the same seed");
        Assert.Contains(Enumerable.Range(0, a.Length), i => !a[i].allclose(c[i], rtol: 0, atol: 0));
    }
}
