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
    public void Authors_UsesTheReferenceSettings()
    {
        using var env = AtariWrapperStacks.Authors(Screen(), skip: 16);
        Assert.Equal(0.9999, EnvChain.Find<RunningNormalizationWrapper<int>>(env)!.Alpha);
        Assert.Equal(30, EnvChain.Find<NoopResetWrapper<byte>>(env)!.NoopMax);
        Assert.Equal(16, EnvChain.Find<MaxAndSkipWrapper<byte, int>>(env)!.Skip);
        Assert.Equal(10_000 * 16, EnvChain.Find<TimeLimitWrapper<byte, int>>(env)!.MaxEpisodeSteps);

        // rl/config.json's Pong crop (34, 34, 80): rows 34..193, columns 0..159, channel mean, bilinear to 80×80 twice.
        var options = EnvChain.Find<AtariPreprocessingWrapper<int>>(env)!.Options;
        Assert.Equal((34, 0), (options.CropTop, options.CropLeft));
        Assert.Equal((160, 160), (options.CropHeight!.Value, options.CropWidth!.Value));
        Assert.Equal(GrayscaleConversion.ChannelMean, options.Grayscale);
        Assert.Equal([new ResizeStep(80, 80, ResizeInterpolation.Bilinear), new ResizeStep(80, 80, ResizeInterpolation.Bilinear)], options.Resizes);
        Assert.True(options.ScaleToUnitRange);
    }

    [Fact]
    public void Authors_FrameSkipZero_StepsEveryFrame()
    {
        var raw = Screen();
        raw.RecordActions = true;
        using var env = AtariWrapperStacks.Authors(raw, skip: 0, maxEpisodeLength: 500);
        env.Reset(seed: 2);
        var framesAfterReset = raw.Actions.Count;
        env.Step(3);
        env.Step(4);

        // One raw frame per agent step, and the time limit counts agent steps (= frames).
        Assert.Equal([3, 4], raw.Actions.Skip(framesAfterReset));
        Assert.Equal(1, EnvChain.Find<MaxAndSkipWrapper<byte, int>>(env)!.Skip);
        Assert.Equal(500, EnvChain.Find<TimeLimitWrapper<byte, int>>(env)!.MaxEpisodeSteps);
    }
}
