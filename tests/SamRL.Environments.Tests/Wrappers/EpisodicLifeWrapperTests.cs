using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

public class EpisodicLifeWrapperTests
{
    // Three lives, one lost at steps 2 and 4; the game ends at step 6 with lives 0.
    private static ScriptedEnv<byte> Game() => new(new SpaceShape(2))
    {
        Lives = t => t < 2 ? 3 : t < 4 ? 2 : t < 6 ? 1 : 0,
        TerminalStep = 6,
    };

    [Fact]
    public void LosingALife_TerminatesTheAgentsEpisodeButNotTheGame()
    {
        var env = Game();
        using var wrapper = new EpisodicLifeWrapper<byte>(env);
        wrapper.Reset();
        Assert.False(wrapper.Step(3).Terminated);
        Assert.True(wrapper.Step(3).Terminated);
        Assert.False(wrapper.WasGameOver);
        Assert.Throws<InvalidOperationException>(() => wrapper.Step(3));

        var reset = wrapper.Reset();
        Assert.Equal(1, env.ResetCount);
        Assert.Equal([3, 3, 0], env.Actions);
        Assert.Equal(env.FrameAt(3), reset.Observation.ToArray());
        Assert.True(wrapper.Step(3).Terminated);
    }

    [Fact]
    public void GameOver_ResetsTheInnerEnvironment()
    {
        var env = Game();
        using var wrapper = new EpisodicLifeWrapper<byte>(env);
        wrapper.Reset();
        var terminals = 0;
        while (!wrapper.WasGameOver)
        {
            if (wrapper.Step(1).Terminated)
            {
                terminals++;
                if (!wrapper.WasGameOver)
                {
                    wrapper.Reset();
                }
            }
        }

        Assert.Equal(3, terminals);
        wrapper.Reset();
        Assert.Equal(2, env.ResetCount);
    }

    [Fact]
    public void ASeed_AlwaysResetsTheInnerEnvironment()
    {
        var env = Game();
        using var wrapper = new EpisodicLifeWrapper<byte>(env);
        wrapper.Reset();
        wrapper.Step(0);
        wrapper.Step(0);
        wrapper.Reset(seed: 9);
        Assert.Equal(2, env.ResetCount);
    }

    [Fact]
    public void AResetMidEpisode_ResetsTheInnerEnvironment()
    {
        var env = Game();
        using var wrapper = new EpisodicLifeWrapper<byte>(env);
        wrapper.Reset();
        wrapper.Step(0);
        wrapper.Reset();
        Assert.Equal(2, env.ResetCount);
        Assert.Equal([0], env.Actions);
    }

    [Fact]
    public void GamesWithoutLives_AreUnaffected()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(2));
        using var wrapper = new EpisodicLifeWrapper<byte>(env);
        wrapper.Reset();
        for (var i = 0; i < 20; i++)
        {
            Assert.False(wrapper.Step(0).Terminated);
        }
    }
}
