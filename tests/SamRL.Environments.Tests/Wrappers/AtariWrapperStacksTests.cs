using SamRL.Environments.Core;
using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

public class AtariWrapperStacksTests
{
    private static ScriptedEnv<byte> Screen() => new(new SpaceShape(210, 160, 3))
    {
        Pixel = (t, i) => (byte)((i * 7) + (t * 13)),
        Lives = t => t < 50 ? 2 : 1,
        RecordActions = false,
    };

    private static IEnumerable<string> Layers(object env)
    {
        for (object? current = env; current is not null; current = (current as IEnvWrapper)?.InnerEnvironment)
        {
            yield return current.GetType().Name.Split('`')[0];
        }
    }

    [Fact]
    public void Authors_HasTheReferenceOrderAndShape()
    {
        using var env = AtariWrapperStacks.Authors(Screen(), skip: 4);
        Assert.Equal(
            ["RunningNormalizationWrapper", "AtariPreprocessingWrapper", "FireResetWrapper", "EpisodicLifeWrapper", "EpisodeStatisticsWrapper",
             "MaxAndSkipWrapper", "NoopResetWrapper", "TimeLimitWrapper", "ScriptedEnv"],
            Layers(env));
        Assert.Equal(new SpaceShape(1, 80, 80), env.ObservationSpace.Shape);
        var skip = (MaxAndSkipWrapper<byte, int>)EnvChain.Find<MaxAndSkipWrapper<byte, int>>(env)!;
        Assert.Equal((3, MaxPoolScope.AcrossSteps), (skip.PoolSize, skip.Scope));
        Assert.Equal(40_000, EnvChain.Find<TimeLimitWrapper<byte, int>>(env)!.MaxEpisodeSteps);
    }

    [Fact]
    public void Authors_ResetTakesRawNoopsThenFireAndActionTwoForAFullAgentStepEach()
    {
        var raw = Screen();
        raw.RecordActions = true;
        using var env = AtariWrapperStacks.Authors(raw, skip: 4);
        env.Reset(seed: 5);
        var noops = 1 + new Rng(SeedSequence.Derive(5, NoopResetWrapper<byte>.SeedStream)).NextInt(30);
        Assert.Equal([.. Enumerable.Repeat(0, noops), 1, 1, 1, 1, 2, 2, 2, 2], raw.Actions);
        Assert.Equal(5UL, raw.ResetSeeds.Single());
    }

    [Fact]
    public void DeepMind_StacksFourFramesOf84()
    {
        using var env = AtariWrapperStacks.DeepMind(Screen());
        Assert.Equal(new SpaceShape(4, 84, 84), env.ObservationSpace.Shape);
        Assert.Contains("RewardClippingWrapper", Layers(env));
    }

    [Fact]
    public void GamesWithoutFire_GetNoFireReset()
    {
        var raw = new ScriptedEnv<byte>(new SpaceShape(210, 160, 3), actionCount: 3, actionMeanings: ["NOOP", "UP", "DOWN"]);
        using var env = AtariWrapperStacks.Authors(raw, skip: 0);
        Assert.DoesNotContain("FireResetWrapper", Layers(env));
    }

    [Fact]
    public void SteppingTheStacks_DoesNotAllocate()
    {
        foreach (var env in new[] { AtariWrapperStacks.Authors(Screen(), skip: 4), AtariWrapperStacks.DeepMind(Screen()) })
        {
            using (env)
            {
                env.Reset(seed: 1);
                env.Step(0);
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var step = 0; step < 5; step++)
                {
                    Assert.False(env.Step(step % 6).IsDone);
                }

                Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }
    }
}
