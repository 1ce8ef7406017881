using SamRL.Environments.Core;
using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

public class NoopResetWrapperTests
{
    [Fact]
    public void Reset_TakesBetweenOneAndNoopMaxNoops_CoveringTheRange()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(2));
        using var wrapper = new NoopResetWrapper<byte>(env, noopMax: 3);
        var counts = new HashSet<int>();
        for (var episode = 0; episode < 100; episode++)
        {
            env.Actions.Clear();
            var reset = wrapper.Reset();
            Assert.All(env.Actions, action => Assert.Equal(0, action));
            counts.Add(env.Actions.Count);
            Assert.Equal(env.FrameAt(env.Actions.Count), reset.Observation.ToArray());
            Assert.Equal(env.Actions.Count, reset.Info.EpisodeFrameNumber);
        }

        Assert.Equal([1, 2, 3], counts.Order());
    }

    [Fact]
    public void Reset_WithASeed_DrawsTheCountFromTheDocumentedStream()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(2));
        using var wrapper = new NoopResetWrapper<byte>(env, noopMax: 30);
        var expected = new Rng(SeedSequence.Derive(77, NoopResetWrapper<byte>.SeedStream));
        wrapper.Reset(seed: 77);
        Assert.Equal(1 + expected.NextInt(30), env.Actions.Count);
        Assert.Equal(77UL, env.ResetSeeds[^1]);
    }

    [Fact]
    public void Reset_IsReproducibleFromTheSeedAndDependsOnIt()
    {
        static int[] Counts(ulong seed)
        {
            var env = new ScriptedEnv<byte>(new SpaceShape(2));
            using var wrapper = new NoopResetWrapper<byte>(env);
            var counts = new int[10];
            for (var i = 0; i < counts.Length; i++)
            {
                env.Actions.Clear();
                wrapper.Reset(i == 0 ? seed : null);
                counts[i] = env.Actions.Count;
            }

            return counts;
        }

        Assert.Equal(Counts(5), Counts(5));
        Assert.NotEqual(Counts(5), Counts(6));
    }

    [Fact]
    public void EpisodeEndingDuringNoops_ResetsAgain()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(2)) { TerminalStep = 1 };
        using var wrapper = new NoopResetWrapper<byte>(env, noopMax: 30);
        wrapper.Reset(seed: 1);
        Assert.Equal(1 + env.Actions.Count, env.ResetCount);
    }

    [Fact]
    public void NoopMustBeNamedNoop()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(2));
        var error = Assert.Throws<ArgumentException>(() => new NoopResetWrapper<byte>(env, noopAction: 1));
        Assert.Contains("FIRE", error.Message);
    }
}
