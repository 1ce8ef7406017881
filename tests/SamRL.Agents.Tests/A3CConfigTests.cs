using SamRL.Agents.A3C;
using SamRL.Agents.Networks;

namespace SamRL.Agents.Tests;

public sealed class A3CConfigTests
{
    [Fact]
    public void DefaultsAreTheAuthors()
    {
        var config = new A3CConfig();
        config.Validate();
        Assert.Equal(CoreKind.LstmStm, config.Core);
        Assert.Equal(EncoderKind.Atari80, config.Encoder);
        Assert.Equal(32, config.Workers);
        Assert.Equal(1e-4, config.LearningRate);
        Assert.Equal(1e-3, config.AdamEpsilon);
        Assert.True(config.AmsGrad);
        Assert.Equal(0.99, config.Gamma);
        Assert.Equal(0.92, config.Tau);
        Assert.Equal(0.01, config.EntropyCoefficient);
        Assert.Equal(0.5, config.ValueLossCoefficient);
        Assert.Equal(20, config.RolloutLength);
        Assert.Null(config.MaxGradientNorm);
        Assert.Equal(1.0, config.RewardClip);
        Assert.Equal(1UL, config.Seed);
        Assert.Equal(100, config.MovingAverageWindow);
    }

    [Theory]
    [InlineData(nameof(A3CConfig.Workers))]
    [InlineData(nameof(A3CConfig.LearningRate))]
    [InlineData(nameof(A3CConfig.Tau))]
    [InlineData(nameof(A3CConfig.RolloutLength))]
    [InlineData(nameof(A3CConfig.MaxGradientNorm))]
    [InlineData(nameof(A3CConfig.MaxFrames))]
    public void BadValuesAreRejectedNamingTheOption(string option)
    {
        var config = option switch
        {
            nameof(A3CConfig.Workers) => new A3CConfig { Workers = 0 },
            nameof(A3CConfig.LearningRate) => new A3CConfig { LearningRate = -1 },
            nameof(A3CConfig.Tau) => new A3CConfig { Tau = 1.5 },
            nameof(A3CConfig.RolloutLength) => new A3CConfig { RolloutLength = 0 },
            nameof(A3CConfig.MaxGradientNorm) => new A3CConfig { MaxGradientNorm = double.NaN },
            nameof(A3CConfig.MaxFrames) => new A3CConfig { MaxFrames = 0 },
            _ => throw new ArgumentException(option),
        };
        var error = Assert.Throws<ArgumentException>(config.Validate);
        Assert.Equal(option, error.ParamName);
        Assert.Contains(option, error.Message);
    }

    [Fact]
    public void FramesCountTheSkippedFrames()
    {
        Assert.Equal(32, new A3CConfig { FrameSkip = 32 }.FramesPerStep);
        Assert.Equal(1, new A3CConfig { FrameSkip = 0 }.FramesPerStep);
    }
}
