using SamRL.Agents.A3C;
using SamRL.Agents.Networks;
using SamRL.Environments.Core;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests;

/// <summary>
/// The segment computation that the worker and the agent benchmark share (per-step recurrence, one batched readout),
/// against the A3C step written out: a full forward pass per step, actions sampled from π with the same RNG, the loss
/// of §3.5 and one backward pass.
/// </summary>
public sealed class RolloutSegmentTests
{
    private const int Steps = 5;
    private static readonly double[] Rewards = [0, 1, 0, -1, 0];

    [Theory]
    [InlineData(CoreKind.LstmStm, EncoderKind.Atari80)]
    [InlineData(CoreKind.Lstm, EncoderKind.Universe42)]
    [InlineData(CoreKind.Stm, EncoderKind.Universe42)]
    public void GradientsEqualTheWrittenOutA3CStep(CoreKind core, EncoderKind encoder)
    {
        int side = encoder == EncoderKind.Atari80 ? AtariConvEncoder.FrameSize : UniverseConvEncoder.FrameSize;
        var config = new A3CConfig { Core = core, Encoder = encoder, RolloutLength = Steps };
        using var model = ActorCritic.Create(config.NetworkOptions([1, side, side], 6));
        using var frames = RandomFrames(side);

        var expected = PlainGradients(model, frames, config);
        var (actual, loss) = SegmentGradients(model, frames, config);

        var parameters = model.named_parameters().ToArray();
        for (int i = 0; i < parameters.Length; i++)
        {
            double scale = expected[i].norm().item<float>();
            double error = (actual[i] - expected[i]).norm().item<float>();
            // Float32 rounding: the batched readout sums in another order than T separate products.
            Assert.True(error <= 1e-5 * scale + 1e-8, $"{parameters[i].name}: gradient differs by {error:G3} (norm {scale:G3})");
        }
        var encoderGradients = parameters.Select((p, i) => (p.name, i)).Where(p => p.name.StartsWith("encoder.", StringComparison.Ordinal));
        Assert.All(encoderGradients, p => Assert.True(actual[p.i].abs().max().item<float>() > 0, $"{p.name} received no gradient"));
        Assert.True(double.IsFinite(loss.PolicyLoss) && double.IsFinite(loss.ValueLoss));
    }

    [Fact]
    public void AFrozenEncoderBeforeAnIdentityProjectionTrainsTheRest()
    {
        var config = new A3CConfig { Core = CoreKind.Stm, Encoder = EncoderKind.Universe42, RolloutLength = 3 };
        using var model = ActorCritic.Create(config.NetworkOptions([1, 42, 42], 6));
        foreach (var parameter in model.Encoder.parameters()) parameter.requires_grad_(false);
        var segment = new RolloutSegment(model, config);
        using var scope = NewDisposeScope();
        var state = model.InitialState(1);
        var rng = new Rng(2);
        while (!segment.IsFull)
        {
            (_, state) = segment.Act(rand(1, 1, 42, 42), state, rng);
            segment.Reward(1);
        }
        segment.Learn(0);
        Assert.All(model.Encoder.parameters(), p => Assert.Null(p.grad));
        Assert.True(model.Actor.weight!.grad!.abs().max().item<float>() > 0);
        Assert.Contains(model.Core.parameters(), p => p.grad is not null && p.grad.abs().max().item<float>() > 0);
    }

    [Fact]
    public void ActingTwiceWithoutARewardIsRefused()
    {
        var config = new A3CConfig { Core = CoreKind.Lstm, Encoder = EncoderKind.Universe42, RolloutLength = 2 };
        using var model = ActorCritic.Create(config.NetworkOptions([1, 42, 42], 6));
        var segment = new RolloutSegment(model, config);
        using var scope = NewDisposeScope();
        var (_, state) = segment.Act(zeros(1, 1, 42, 42), model.InitialState(1), new Rng(1));
        Assert.Throws<InvalidOperationException>(() => segment.Act(zeros(1, 1, 42, 42), state, new Rng(1)));
        Assert.Throws<InvalidOperationException>(() => segment.Learn(0));
    }

    /// <summary>Uniform noise frames.</summary>
    private static Tensor RandomFrames(int side)
    {
        using var generator = new Generator(11, CPU);
        return rand([Steps + 1, 1, 1, side, side], generator: generator);
    }

    /// <summary>Every step's full forward pass with autograd, the A3C loss and one backward pass through all of them.</summary>
    private static Tensor[] PlainGradients(ActorCritic model, Tensor frames, A3CConfig config)
    {
        using var scope = NewDisposeScope();
        var rng = new Rng(5);
        var values = new Tensor[Steps];
        var chosen = new Tensor[Steps];
        var entropies = new Tensor[Steps];
        var state = model.InitialState(1);
        for (int t = 0; t < Steps; t++)
        {
            var output = model.forward(frames[t], state);
            var logProbabilities = output.Logits.log_softmax(1);
            var probabilities = logProbabilities.exp();
            int action = ActionSampler.Sample(probabilities, rng);
            values[t] = output.Value.view(1);
            chosen[t] = logProbabilities[0, action].view(1);
            entropies[t] = -(logProbabilities * probabilities).sum().view(1);
            state = output.State;
        }
        double bootstrap;
        using (no_grad()) bootstrap = model.forward(frames[Steps], state).Value.item<float>();
        var loss = new A3CLoss(config).Compute(cat(values, 0), cat(chosen, 0), cat(entropies, 0), Rewards, bootstrap);
        model.zero_grad();
        loss.Total.backward();
        return Gradients(model);
    }

    /// <summary>Copies of the parameters' gradients, zeros for the parameters that the loss does not reach.</summary>
    private static Tensor[] Gradients(ActorCritic model) =>
        model.parameters().Select(p => (p.grad?.clone() ?? zeros_like(p)).MoveToOuterDisposeScope()).ToArray();

    private static (Tensor[] Gradients, RolloutLoss Loss) SegmentGradients(ActorCritic model, Tensor frames, A3CConfig config)
    {
        using var scope = NewDisposeScope();
        var rng = new Rng(5);
        var segment = new RolloutSegment(model, config);
        var state = model.InitialState(1);
        while (!segment.IsFull)
        {
            (_, state) = segment.Act(frames[segment.Count], state, rng);
            segment.Reward(Rewards[segment.Count]);
        }
        var loss = segment.Learn(segment.Bootstrap(frames[Steps], state));
        return (Gradients(model), loss);
    }
}
