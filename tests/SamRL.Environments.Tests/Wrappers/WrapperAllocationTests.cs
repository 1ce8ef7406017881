using SamRL.Environments.Core;
using SamRL.Environments.Episodes;
using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;
using SamRL.Environments.Tests.Episodes;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

/// <summary>
/// Every wrapper, alone and in the training stacks (the runner's authors' stack at 80×80 and 42×42 and at the paper's
/// frame skips, and the DeepMind stack), steps without allocating once warmed up — including the steps that end an
/// episode (time limit, game over, lost life) and the resets that follow them, which a vector environment runs inside
/// its step.
/// </summary>
public class WrapperAllocationTests
{
    // Raw episodes end at frame 40 and lose a life at frame 20, so no agent episode lasts more than 40 steps (fewer
    // with a frame skip or a time limit): a loop of that many steps crosses an episode end.
    private const int TerminalFrame = 40;
    private const int LifeLostFrame = 20;

    public static TheoryData<string> Configurations =>
    [
        "TimeLimit", "NoopReset", "MaxAndSkip baselines", "MaxAndSkip authors skip 4", "MaxAndSkip authors skip 1",
        "EpisodeStatistics", "EpisodicLife", "FireReset", "AtariPreprocessing authors 80x80", "AtariPreprocessing 42x42",
        "AtariPreprocessing DeepMind 84x84", "AtariPreprocessing float luminance", "RunningNormalization", "FrameStack",
        "RewardClipping sign", "RewardClipping clamp", "ScaledFloat",
        "Authors stack skip 4", "Authors stack skip 0 at 42x42", "Authors stack skip 32", "DeepMind stack",
    ];

    [Theory]
    [MemberData(nameof(Configurations))]
    public void A_warmed_up_wrapper_steps_and_resets_without_allocating(string configuration)
    {
        switch (configuration)
        {
            case "TimeLimit": AssertNoAllocation(new TimeLimitWrapper<byte, int>(Small(), maxEpisodeSteps: 7)); break;
            case "NoopReset": AssertNoAllocation(new NoopResetWrapper<byte>(Small(), noopMax: 30)); break;
            case "MaxAndSkip baselines": AssertNoAllocation(new MaxAndSkipWrapper<byte, int>(Small(), skip: 4, poolSize: 2)); break;
            case "MaxAndSkip authors skip 4": AssertNoAllocation(new MaxAndSkipWrapper<byte, int>(Small(), skip: 4, poolSize: 3, MaxPoolScope.AcrossSteps)); break;
            case "MaxAndSkip authors skip 1": AssertNoAllocation(new MaxAndSkipWrapper<byte, int>(Small(), skip: 1, poolSize: 3, MaxPoolScope.AcrossSteps)); break;
            case "EpisodeStatistics": AssertNoAllocation(new EpisodeStatisticsWrapper<byte, int>(Small())); break;
            case "EpisodicLife": AssertNoAllocation(new EpisodicLifeWrapper<byte>(Small())); break;
            case "FireReset": AssertNoAllocation(new FireResetWrapper<byte>(Small())); break;
            case "AtariPreprocessing authors 80x80": AssertNoAllocation(new AtariPreprocessingWrapper<int>(Screen(), AtariPreprocessingOptions.Authors())); break;
            case "AtariPreprocessing 42x42": AssertNoAllocation(new AtariPreprocessingWrapper<int>(Screen(), AtariPreprocessingOptions.Small42)); break;
            case "AtariPreprocessing DeepMind 84x84": AssertNoAllocation(new AtariPreprocessingWrapper<int>(Screen(), AtariPreprocessingOptions.DeepMind)); break;
            case "AtariPreprocessing float luminance": AssertNoAllocation(new AtariPreprocessingWrapper<int>(Screen(), new AtariPreprocessingOptions())); break;
            case "RunningNormalization": AssertNoAllocation(new RunningNormalizationWrapper<int>(SmallFloat())); break;
            case "FrameStack": AssertNoAllocation(new FrameStackWrapper<float, int>(SmallFloat(), stackSize: 4)); break;
            case "RewardClipping sign": AssertNoAllocation(new RewardClippingWrapper<byte, int>(Small(), RewardClipping.Sign)); break;
            case "RewardClipping clamp": AssertNoAllocation(new RewardClippingWrapper<byte, int>(Small(), RewardClipping.Clamp, bound: 2)); break;
            case "ScaledFloat": AssertNoAllocation(new ScaledFloatWrapper<int>(Small())); break;
            case "Authors stack skip 4": AssertNoAllocation(AtariWrapperStacks.Authors(Screen(), skip: 4, maxEpisodeLength: 8), agentSteps: 8); break;
            case "Authors stack skip 0 at 42x42": AssertNoAllocation(AtariWrapperStacks.Authors(Screen(), skip: 0, maxEpisodeLength: 30, AtariPreprocessingOptions.Small42), agentSteps: 30); break;
            case "Authors stack skip 32": AssertNoAllocation(AtariWrapperStacks.Authors(Screen(), skip: 32), agentSteps: 2); break;
            case "DeepMind stack": AssertNoAllocation(AtariWrapperStacks.DeepMind(Screen()), agentSteps: 10); break;
            default: throw new ArgumentOutOfRangeException(nameof(configuration), configuration, "Unknown configuration.");
        }
    }

    [Fact]
    public void Recording_a_step_to_an_episode_file_does_not_allocate()
    {
        var path = Path.Combine(Path.GetTempPath(), $"samrl-allocation-{Guid.NewGuid():N}.episode");
        try
        {
            var header = EpisodeFileTests.SampleHeader(interval: 5) with { EnvironmentSeed = 3 };
            using var env = new EpisodeRecordingWrapper<byte>(new WalkEnvironment(goal: 1_000, maxSteps: 10_000), (_, _) => EpisodeWriter.Create(path, header), firstSeed: 3);
            env.Reset();
            for (var step = 0; step < 50; step++)
            {
                env.Step(1);
            }

            // Steps in place (action 1) with a checkpoint, and a flush to the file, every fifth step.
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var step = 0; step < 200; step++)
            {
                Assert.False(env.Step(1).IsDone);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertNoAllocation<T>(IEnv<T, int> env, int agentSteps = TerminalFrame)
        where T : unmanaged
    {
        using (env)
        {
            env.Reset(seed: 1);
            Drive(env, agentSteps); // JIT and first-use work, through at least one episode end and reset

            var before = GC.GetAllocatedBytesForCurrentThread();
            var episodes = Drive(env, agentSteps);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.True(episodes > 0, "the measured steps should cross an episode end");
            Assert.Equal(0, allocated);
        }
    }

    private static int Drive<T>(IEnv<T, int> env, int agentSteps)
        where T : unmanaged
    {
        var episodes = 0;
        for (var step = 0; step < agentSteps; step++)
        {
            if (env.Step(step % 6).IsDone)
            {
                env.Reset();
                episodes++;
            }
        }

        return episodes;
    }

    private static ScriptedEnv<byte> Screen() => Raw<byte>(new SpaceShape(210, 160, 3));

    private static ScriptedEnv<byte> Small() => Raw<byte>(new SpaceShape(3, 4));

    private static ScriptedEnv<float> SmallFloat() => Raw<float>(new SpaceShape(1, 6, 6));

    private static ScriptedEnv<T> Raw<T>(SpaceShape shape)
        where T : unmanaged, System.Numerics.INumber<T>
    {
        var env = new ScriptedEnv<T>(shape)
        {
            TerminalStep = TerminalFrame,
            Lives = t => t < LifeLostFrame ? 2 : 1,
            RecordActions = false,
        };

        // The scripted environment logs its reset seeds; room for every reset keeps the log from allocating.
        env.ResetSeeds.Capacity = 10_000;
        return env;
    }
}
