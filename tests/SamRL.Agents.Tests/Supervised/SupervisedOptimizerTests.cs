using SamRL.Agents.Supervised;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests.Supervised;

/// <summary>
/// The supervised optimiser makes TorchSharp's RMSprop and Adam updates (it replaces their step only to keep its scalars
/// alive), and the learning-rate schedule is the constant-then-half-cosine one documented.
/// </summary>
public sealed class SupervisedOptimizerTests
{
    private static readonly SupervisedProtocol RmsPropWithMomentum = new(OptimizerKind.RmsProp, 1e-3, 0.95, 0.9, 8, 100, 10);
    private static readonly SupervisedProtocol RmsPropWithoutMomentum = RmsPropWithMomentum with { Momentum = 0 };
    private static readonly SupervisedProtocol AdamProtocol = new(OptimizerKind.Adam, 1e-3, 0.99, 0, 8, 100, 10);

    public static TheoryData<string> Protocols => ["rmsprop-momentum", "rmsprop", "adam"];

    [Theory]
    [MemberData(nameof(Protocols))]
    public void StepsEqualTorchSharpsOwnOptimiser(string name)
    {
        var protocol = name switch { "rmsprop-momentum" => RmsPropWithMomentum, "rmsprop" => RmsPropWithoutMomentum, _ => AdamProtocol };
        manual_seed(3);
        using var ours = new Parameter(randn(5, 4, dtype: float64));
        using var theirs = new Parameter(ours.detach().clone());
        using var optimizer = new SupervisedOptimizer([ours], protocol, learningRate: 0.01);
        using var reference = protocol.Optimizer == OptimizerKind.Adam
            ? (OptimizerHelper)optim.Adam([theirs], 0.01, 0.9, 0.999, 1e-8)
            : optim.RMSProp([theirs], 0.01, alpha: protocol.RmsPropAlpha, eps: 1e-8, momentum: protocol.Momentum);
        for (int step = 0; step < 4; step++)
        {
            using var target = randn(5, 4, dtype: float64);
            foreach (var parameter in (Parameter[])[ours, theirs])
            {
                using var loss = (parameter - target).square().sum();
                loss.backward();
            }

            optimizer.Step(0.01);
            reference.step();
            optimizer.ZeroGrad();
            reference.zero_grad();
            Assert.True(ours.allclose(theirs, rtol: 1e-12, atol: 1e-14), $"{name}: parameters differ after step {step + 1}");
        }
    }

    [Fact]
    public void TheLearningRateOfAStepIsTheOneGiven()
    {
        // A first RMSprop step without momentum moves each weight by lr · g / (sqrt((1 − α) g²) + ε).
        using var weight = new Parameter(zeros(1, dtype: float64));
        using var optimizer = new SupervisedOptimizer([weight], RmsPropWithoutMomentum, learningRate: 1);
        using (var loss = (weight * 3.0).sum())
        {
            loss.backward();
        }

        optimizer.Step(0.002);
        double expected = -0.002 * 3 / (Math.Sqrt(0.05 * 9) + 1e-8);
        Assert.Equal(expected, weight.item<double>(), 1e-15);
    }

    [Fact]
    public void ParametersWithoutAGradientStayPut()
    {
        using var used = new Parameter(ones(2));
        using var unused = new Parameter(ones(2));
        using var optimizer = new SupervisedOptimizer([used, unused], AdamProtocol, learningRate: 0.1);
        using (var loss = used.sum())
        {
            loss.backward();
        }

        optimizer.Step(0.1);
        Assert.Equal([1f, 1f], unused.data<float>().ToArray());
        Assert.All(used.data<float>().ToArray(), value => Assert.Equal(0.9f, value, 1e-6f));
    }

    [Fact]
    public void WithoutADecayStartTheLearningRateIsConstant()
    {
        var config = SupervisedConfig.ForTask("copy") with { LearningRate = 3e-4, MaxIterations = 100 };
        Assert.All([0L, 50L, 99L], iteration => Assert.Equal(3e-4, config.LearningRateAt(iteration)));
    }

    [Fact]
    public void TheDecayIsAHalfCosineFromTheStartToTheLastIteration()
    {
        var config = SupervisedConfig.ForTask("copy") with { LearningRate = 4e-4, MaxIterations = 100, LearningRateDecayStart = 60 };
        Assert.Equal(4e-4, config.LearningRateAt(59));
        Assert.Equal(4e-4, config.LearningRateAt(60));
        Assert.Equal(2e-4, config.LearningRateAt(80), 1e-15);
        Assert.Equal(4e-4 * (1 + Math.Cos(Math.PI * 0.75)) / 2, config.LearningRateAt(90), 1e-15);
        Assert.True(config.LearningRateAt(99) is > 0 and < 1e-6);
    }

    [Fact]
    public void AResumedRunMayChangeOnlyTheLearningRatesStillToCome()
    {
        var saved = SupervisedConfig.ForTask("copy") with { LearningRate = 3e-4, MaxIterations = 24_000 };
        var decayLater = saved with { MaxIterations = 32_000, LearningRateDecayStart = 24_000 };
        Assert.True(decayLater.SameLearningRatesBefore(saved, 24_000));
        Assert.False(decayLater.SameLearningRatesBefore(saved, 24_001));
        Assert.False((saved with { LearningRate = 1e-4 }).SameLearningRatesBefore(saved, 1));

        // Once the decay has begun, the rates it gave depend on the last iteration: that cannot move any more.
        Assert.False((decayLater with { MaxIterations = 40_000 }).SameLearningRatesBefore(decayLater, 25_000));
        Assert.True((decayLater with { MaxMinutes = 10 }).SameLearningRatesBefore(decayLater, 25_000));
    }

    [Fact]
    public void ADecayStartOutsideTheRunIsRefused()
    {
        var config = SupervisedConfig.ForTask("copy") with { MaxIterations = 100 };
        var error = Assert.Throws<ArgumentException>(() => (config with { LearningRateDecayStart = 100 }).Validate());
        Assert.Equal(nameof(SupervisedConfig.LearningRateDecayStart), error.ParamName);
        Assert.Throws<ArgumentException>(() => (config with { LearningRateDecayStart = -1 }).Validate());
    }
}
