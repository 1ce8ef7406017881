using SamRL.Environments.Core;
using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;
using SamRL.Environments.Vector;
using SamRL.Tests.Shared;

namespace SamRL.Environments.Tests.Vector;

public class VectorEnvTests
{
    private const int ObservationSize = 4;

    // Environment i ends its episodes every i + 2 steps and draws distinguishable frames.
    private static ScriptedEnv<byte> Make(int index, List<ScriptedEnv<byte>>? created = null)
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(2, 2))
        {
            Pixel = (t, i) => (byte)((index * 50) + (t * 3) + i),
            Reward = t => (index * 100) + t,
            TerminalStep = index + 2,
        };
        created?.Add(env);
        return env;
    }

    public static TheoryData<bool> Modes => new() { false, true };

    private static IVectorEnv<byte, int> Vector(bool asynchronous, int count, Func<int, IEnv<byte, int>> factory, int? workers = null) =>
        asynchronous ? new AsyncVectorEnv<byte, int>(count, factory, workers) : new SyncVectorEnv<byte, int>(count, factory);

    [Theory]
    [MemberData(nameof(Modes))]
    public void Reset_SeedsEnvironmentIWithSeedPlusIAndFillsTheContiguousBuffer(bool asynchronous)
    {
        var envs = new List<ScriptedEnv<byte>>();
        using var vector = Vector(asynchronous, 3, i => Make(i, envs));
        var reset = vector.Reset(seed: 10);
        Assert.Equal(3 * ObservationSize, reset.Observations.Length);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal((ulong)(10 + i), envs[i].ResetSeeds.Single());
            Assert.Equal(envs[i].FrameAt(0), reset.Observation(i).ToArray());
            Assert.Equal(envs[i].FrameAt(0), reset.Observations.Slice(i * ObservationSize, ObservationSize).ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Step_RoutesActionsAndResetsEndedEpisodesInTheSameStep(bool asynchronous)
    {
        var envs = new List<ScriptedEnv<byte>>();
        using var vector = Vector(asynchronous, 3, i => Make(i, envs));
        vector.Reset(seed: 0);
        var first = vector.Step([3, 4, 5]);
        Assert.Equal([3], envs[0].Actions);
        Assert.Equal([4], envs[1].Actions);
        Assert.Equal([5], envs[2].Actions);
        Assert.Equal([1.0, 101.0, 201.0], first.Rewards.ToArray());
        Assert.Equal(envs[1].FrameAt(1), first.Observation(1).ToArray());
        Assert.False(first.IsDone(0));

        // Environment 0 ends at step 2: flags and reward of the ending step, final observation kept,
        // next observation already the new episode's reset frame, reset without a seed.
        var second = vector.Step([0, 0, 0]);
        Assert.True(second.Terminated[0]);
        Assert.False(second.Truncated[0]);
        Assert.Equal(2.0, second.Rewards[0]);
        Assert.Equal(envs[0].FrameAt(2), second.FinalObservation(0).ToArray());
        Assert.Equal(2, second.FinalInfos[0].EpisodeFrameNumber);
        Assert.Equal(envs[0].FrameAt(0), second.Observation(0).ToArray());
        Assert.Equal(0, second.Infos[0].EpisodeFrameNumber);
        Assert.Equal([0UL, null], envs[0].ResetSeeds);
        Assert.False(second.IsDone(1));
        Assert.Equal(envs[1].FrameAt(2), second.Observation(1).ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Async_MatchesSyncStepForStep(int workers)
    {
        using var sync = new SyncVectorEnv<byte, int>(5, i => Make(i));
        using var async = new AsyncVectorEnv<byte, int>(5, i => Make(i), workers);
        Assert.Equal(workers, async.WorkerCount);
        Assert.Equal(sync.Reset(seed: 3).Observations.ToArray(), async.Reset(seed: 3).Observations.ToArray());
        var rng = new Rng(1);
        var actions = new int[5];
        for (var step = 0; step < 40; step++)
        {
            for (var i = 0; i < actions.Length; i++)
            {
                actions[i] = rng.NextInt(6);
            }

            var expected = sync.Step(actions);
            var actual = async.Step(actions);
            Assert.Equal(expected.Observations.ToArray(), actual.Observations.ToArray());
            Assert.Equal(expected.Rewards.ToArray(), actual.Rewards.ToArray());
            Assert.Equal(expected.Terminated.ToArray(), actual.Terminated.ToArray());
            Assert.Equal(expected.Infos.ToArray(), actual.Infos.ToArray());
        }
    }

    [Fact]
    public void Async_SendAndReceiveMustAlternate()
    {
        using var vector = new AsyncVectorEnv<byte, int>(2, i => Make(i));
        Assert.Throws<InvalidOperationException>(() => vector.StepWait());
        vector.ResetAsync(seed: 1);
        Assert.Throws<InvalidOperationException>(() => vector.StepAsync([0, 0]));
        Assert.Throws<InvalidOperationException>(() => vector.StepWait());
        vector.ResetWait();
        vector.StepAsync([1, 1]);
        var error = Assert.Throws<InvalidOperationException>(() => vector.StepAsync([1, 1]));
        Assert.Contains("StepWait", error.Message);
        Assert.Equal(2, vector.StepWait().Rewards.Length);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void BadActions_AreReported(bool asynchronous)
    {
        using var vector = Vector(asynchronous, 2, i => Make(i));
        Assert.Throws<InvalidOperationException>(() => vector.Step([0, 0]));
        vector.Reset();
        var count = Assert.Throws<ArgumentException>(() => vector.Step([0]));
        Assert.Equal("actions", count.ParamName);
        Assert.Contains("(2)", count.Message);
        var outside = Assert.Throws<ArgumentOutOfRangeException>(() => vector.Step([0, 99]));
        Assert.Equal("action", outside.ParamName);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void EnvironmentsWithDifferentShapes_AreRejected(bool asynchronous)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Vector(asynchronous, 2, i => new ScriptedEnv<byte>(i == 0 ? new SpaceShape(4) : new SpaceShape(5))));
        Assert.Contains("Environment 1", error.Message);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Dispose_DisposesEveryEnvironment(bool asynchronous)
    {
        var envs = new List<ScriptedEnv<byte>>();
        Vector(asynchronous, 3, i => Make(i, envs)).Dispose();
        Assert.All(envs, env => Assert.True(env.Disposed));
    }

    [Fact]
    public void SyncStep_DoesNotAllocate()
    {
        var envs = new List<ScriptedEnv<byte>>();
        using var vector = new SyncVectorEnv<byte, int>(4, i =>
        {
            var env = Make(i, envs);
            env.TerminalStep = null;
            env.RecordActions = false;
            return env;
        });
        vector.Reset(seed: 0);
        int[] actions = [0, 1, 2, 3];
        vector.Step(actions);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var step = 0; step < 200; step++)
        {
            vector.Step(actions);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void AsyncStep_DoesNotAllocateOnTheCallerOrOnTheWorkers()
    {
        // The caller is measured from its first reset: each environment step takes a millisecond, so its waits block
        // from the first, which is when a CountdownEvent allocated (24 bytes for its lock object). The runtime's own
        // allocation on a thread's very first blocking wait is taken beforehand.
        FirstBlockingWait.TakeOnThisThread();
        var probes = new List<AllocationProbeEnv>();
        using var vector = new AsyncVectorEnv<byte, int>(4, _ =>
        {
            var probe = new AllocationProbeEnv(episodeLength: 7, stepTime: TimeSpan.FromMilliseconds(1));
            probes.Add(probe);
            return probe;
        }, workerCount: 2);
        int[] actions = [0, 1, 2, 3];
        var before = GC.GetAllocatedBytesForCurrentThread();
        vector.Reset(seed: 0);
        for (var step = 0; step < 20; step++)
        {
            vector.Step(actions);
        }

        var callerBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        probes.ForEach(probe => probe.StartMeasuring());
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var step = 0; step < 50; step++)
        {
            vector.Step(actions);
        }

        callerBytes += GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, callerBytes);
        Assert.All(probes, probe =>
        {
            // Each probe saw 50 steps and the automatic resets of its 7-step episodes, all on one worker thread.
            Assert.True(probe.CallsMeasured >= 50, $"{probe.CallsMeasured} calls measured");
            Assert.Equal(0, probe.AllocatedBetweenCalls);
        });
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Benchmark_CountsStepsAndEpisodes(bool asynchronous)
    {
        // Episodes of 5 steps; one untimed warm-up step, then steps 2..21 of each copy: ends at 5, 10, 15, 20.
        var result = VectorEnvBenchmark.Run<byte, int>(
            _ => new ScriptedEnv<byte>(new SpaceShape(3)) { TerminalStep = 5, RecordActions = false },
            environmentCount: 2,
            vectorSteps: 20,
            asynchronous,
            warmupVectorSteps: 1);
        Assert.Equal(40, result.TotalSteps);
        Assert.Equal(8, result.EpisodesCompleted);
        Assert.True(result.StepsPerSecond > 0);
    }

    /// <summary>
    /// Reads its thread's allocation counter at every reset and step, so the allocations a vector env's worker makes
    /// between two calls (its loop, its synchronisation, the other environments of its range) add up in
    /// <see cref="AllocatedBetweenCalls"/>.
    /// </summary>
    private sealed class AllocationProbeEnv(int episodeLength, TimeSpan stepTime = default) : IEnv<byte, int>
    {
        private readonly byte[] observation = new byte[2];
        private long lastCount = -1;
        private int thread = -1;
        private int step;

        public IArraySpace<byte> ObservationSpace { get; } = new BoxSpace<byte>(0, 255, new SpaceShape(2));

        public ISpace<int> ActionSpace { get; } = new DiscreteSpace(4);

        public long AllocatedBetweenCalls { get; private set; }

        public int CallsMeasured { get; private set; }

        /// <summary>Called while the vector env is idle: the next call starts the measurement.</summary>
        public void StartMeasuring() => (lastCount, AllocatedBetweenCalls, CallsMeasured) = (-1, 0, 0);

        public ResetResult<byte> Reset(ulong? seed = null)
        {
            Measure();
            step = 0;
            return new ResetResult<byte>(observation, default);
        }

        public StepResult<byte> Step(int action)
        {
            Measure();
            if (stepTime > TimeSpan.Zero) Thread.Sleep(stepTime);
            step++;
            observation[0] = (byte)action;
            return new StepResult<byte>(observation, step, step == episodeLength, false, default);
        }

        public void Dispose()
        {
        }

        private void Measure()
        {
            var count = GC.GetAllocatedBytesForCurrentThread();
            var current = Environment.CurrentManagedThreadId;
            if (thread >= 0 && thread != current)
            {
                throw new InvalidOperationException("A vector env stepped one environment from two threads.");
            }

            thread = current;
            if (lastCount >= 0)
            {
                AllocatedBetweenCalls += count - lastCount;
                CallsMeasured++;
            }

            lastCount = count;
        }
    }
}
