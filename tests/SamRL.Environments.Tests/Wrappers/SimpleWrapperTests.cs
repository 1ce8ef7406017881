using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

public class SimpleWrapperTests
{
    [Theory]
    [InlineData(RewardClipping.Sign, 3.5, 1.0)]
    [InlineData(RewardClipping.Sign, -0.25, -1.0)]
    [InlineData(RewardClipping.Sign, 0.0, 0.0)]
    [InlineData(RewardClipping.Clamp, 3.5, 1.0)]
    [InlineData(RewardClipping.Clamp, -0.25, -0.25)]
    [InlineData(RewardClipping.Clamp, -7.0, -1.0)]
    public void RewardClipping_MapsRewards(RewardClipping mode, double reward, double expected)
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(1)) { Reward = _ => reward };
        using var wrapper = new RewardClippingWrapper<byte, int>(env, mode);
        wrapper.Reset();
        Assert.Equal(expected, wrapper.Step(0).Reward);
    }

    [Fact]
    public void TimeLimit_TruncatesOnTheLimitStepAndThenRefusesSteps()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(1));
        using var wrapper = new TimeLimitWrapper<byte, int>(env, maxEpisodeSteps: 3);
        wrapper.Reset();
        Assert.False(wrapper.Step(0).Truncated);
        Assert.False(wrapper.Step(0).Truncated);
        var last = wrapper.Step(0);
        Assert.True(last.Truncated);
        Assert.False(last.Terminated);
        var error = Assert.Throws<InvalidOperationException>(() => wrapper.Step(0));
        Assert.Contains("TimeLimit(Scripted)", error.Message);
        wrapper.Reset();
        Assert.False(wrapper.Step(0).Truncated);
    }

    [Fact]
    public void TimeLimit_ReportsBothFlagsWhenTheGameEndsOnTheLimit()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(1)) { TerminalStep = 2 };
        using var wrapper = new TimeLimitWrapper<byte, int>(env, maxEpisodeSteps: 2);
        wrapper.Reset();
        wrapper.Step(0);
        var last = wrapper.Step(0);
        Assert.True(last.Terminated);
        Assert.True(last.Truncated);
    }

    [Fact]
    public void EpisodeStatistics_ReportsReturnAndLengthOnTheLastStepOnly()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(1)) { TerminalStep = 4, Reward = t => t * 0.5 };
        using var wrapper = new EpisodeStatisticsWrapper<byte, int>(env);
        for (var episode = 0; episode < 2; episode++)
        {
            wrapper.Reset();
            for (var t = 1; t < 4; t++)
            {
                Assert.Null(wrapper.Step(0).Info.Episode);
            }

            var last = wrapper.Step(0);
            Assert.Equal(new(0.5 + 1.0 + 1.5 + 2.0, 4), last.Info.Episode);
        }
    }

    [Fact]
    public void Wrappers_DisposeTheirInnerEnvironment()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(1));
        new EpisodeStatisticsWrapper<byte, int>(new TimeLimitWrapper<byte, int>(env, 5)).Dispose();
        Assert.True(env.Disposed);
    }
}
