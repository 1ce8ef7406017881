using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

public class FireResetWrapperTests
{
    [Fact]
    public void Reset_StepsFireThenActionTwo()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(2));
        using var wrapper = new FireResetWrapper<byte>(env);
        var reset = wrapper.Reset(seed: 3);
        Assert.Equal([1, 2], env.Actions);
        Assert.Equal(env.FrameAt(2), reset.Observation.ToArray());
        Assert.Equal(3UL, env.ResetSeeds[0]);
    }

    [Fact]
    public void EpisodeEndingOnFire_ResetsAgain()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(2)) { TerminalStep = 1 };
        using var wrapper = new FireResetWrapper<byte>(env);
        var reset = wrapper.Reset();
        Assert.Equal(3, env.ResetCount);
        Assert.Equal(env.FrameAt(0), reset.Observation.ToArray());
    }

    [Fact]
    public void GamesWithoutFire_AreRejectedWithTheirMeanings()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(2), actionCount: 3, actionMeanings: ["NOOP", "UP", "DOWN"]);
        Assert.False(FireResetWrapper<byte>.IsApplicable(env));
        var error = Assert.Throws<ArgumentException>(() => new FireResetWrapper<byte>(env));
        Assert.Contains("NOOP, UP, DOWN", error.Message);
    }

    [Fact]
    public void IsApplicable_LooksThroughWrappers()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(2));
        using var wrapped = new TimeLimitWrapper<byte, int>(env, 10);
        Assert.True(FireResetWrapper<byte>.IsApplicable(wrapped));
    }
}
