using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

public class MaxAndSkipWrapperTests
{
    private static byte[] Max(params byte[][] frames)
    {
        var result = new byte[frames[0].Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = frames.Max(frame => frame[i]);
        }

        return result;
    }

    [Fact]
    public void Baselines_RepeatsTheActionSumsRewardsAndMaxesTheLastTwoFrames()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(3, 4));
        using var wrapper = new MaxAndSkipWrapper<byte, int>(env, skip: 4, poolSize: 2);
        wrapper.Reset();
        var step = wrapper.Step(3);
        Assert.Equal(Max(env.FrameAt(3), env.FrameAt(4)), step.Observation.ToArray());
        Assert.Equal(1 + 2 + 3 + 4, step.Reward);
        Assert.Equal([3, 3, 3, 3], env.Actions);

        step = wrapper.Step(2);
        Assert.Equal(Max(env.FrameAt(7), env.FrameAt(8)), step.Observation.ToArray());
        Assert.Equal(5 + 6 + 7 + 8, step.Reward);
    }

    [Fact]
    public void TheMaxActuallyMixesFrames()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(3, 4));
        var pooled = Max(env.FrameAt(3), env.FrameAt(4));
        Assert.NotEqual(env.FrameAt(3), pooled);
        Assert.NotEqual(env.FrameAt(4), pooled);
    }

    [Fact]
    public void EndOfEpisode_StopsTheRepeatEarly()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(5)) { TerminalStep = 2 };
        using var wrapper = new MaxAndSkipWrapper<byte, int>(env, skip: 4, poolSize: 2);
        wrapper.Reset();
        var step = wrapper.Step(1);
        Assert.True(step.Terminated);
        Assert.Equal(2, env.Actions.Count);
        Assert.Equal(1 + 2, step.Reward);
        Assert.Equal(Max(env.FrameAt(1), env.FrameAt(2)), step.Observation.ToArray());
    }

    [Fact]
    public void SkipZero_MeansEveryFrame()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(5));
        using var wrapper = new MaxAndSkipWrapper<byte, int>(env, skip: 0, poolSize: 2);
        Assert.Equal(1, wrapper.Skip);
        wrapper.Reset();
        wrapper.Step(0);
        var step = wrapper.Step(0);
        Assert.Equal(2, env.Actions.Count);
        Assert.Equal(env.FrameAt(2), step.Observation.ToArray());
    }

    [Fact]
    public void Authors_PoolTheLastThreeFramesAcrossStepsSinceReset()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(4, 4));
        using var wrapper = new MaxAndSkipWrapper<byte, int>(env, skip: 1, poolSize: 3, scope: MaxPoolScope.AcrossSteps);
        var reset = wrapper.Reset();
        Assert.Equal(env.FrameAt(0), reset.Observation.ToArray());
        Assert.Equal(Max(env.FrameAt(0), env.FrameAt(1)), wrapper.Step(0).Observation.ToArray());
        Assert.Equal(Max(env.FrameAt(0), env.FrameAt(1), env.FrameAt(2)), wrapper.Step(0).Observation.ToArray());
        Assert.Equal(Max(env.FrameAt(1), env.FrameAt(2), env.FrameAt(3)), wrapper.Step(0).Observation.ToArray());

        // The deque is cleared at reset: the next episode starts from its own reset frame only.
        wrapper.Reset();
        Assert.Equal(Max(env.FrameAt(0), env.FrameAt(1)), wrapper.Step(0).Observation.ToArray());
    }

    [Fact]
    public void Authors_WithSkipFour_PoolTheLastThreeRawFramesOfTheStep()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(4, 4));
        using var wrapper = new MaxAndSkipWrapper<byte, int>(env, skip: 4, poolSize: 3, scope: MaxPoolScope.AcrossSteps);
        wrapper.Reset();
        Assert.Equal(Max(env.FrameAt(2), env.FrameAt(3), env.FrameAt(4)), wrapper.Step(0).Observation.ToArray());
    }

    [Fact]
    public void WorksOnFloatObservations()
    {
        var env = new ScriptedEnv<float>(new SpaceShape(3)) { Pixel = (t, i) => (t % 2 == 0) == (i == 1) ? 1.5f : -2f };
        using var wrapper = new MaxAndSkipWrapper<float, int>(env, skip: 2, poolSize: 2);
        wrapper.Reset();
        Assert.Equal([1.5f, 1.5f, 1.5f], wrapper.Step(0).Observation.ToArray());
    }

    [Fact]
    public void NegativeSkip_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MaxAndSkipWrapper<byte, int>(new ScriptedEnv<byte>(new SpaceShape(1)), skip: -1));
        Assert.Equal("skip", error.ParamName);
    }
}
