using SamRL.Environments.Core;
using SamRL.Environments.Episodes;
using SamRL.Environments.Registry;
using SamRL.Environments.Tasks;
using SamRL.Environments.Tasks.Episodic;
using SamRL.Environments.Tasks.Geometry;

namespace SamRL.Environments.Tests.Tasks;

public class TaskEnvironmentTests
{
    [Fact]
    public void Observations_are_the_generator_rows_and_correct_answers_pay_one()
    {
        var task = new AssociativeRetrievalTask(14);
        var expected = task.NextBatch(new Rng(42), 1);
        using var env = new ClassTaskEnvironment(task, "ar");

        var first = env.Reset(seed: 42).Observation.ToArray();

        Assert.Equal(expected.Inputs.Row(0, 0).ToArray(), first);
        double total = 0;
        for (var t = 0; t < expected.Inputs.Steps; t++)
        {
            var action = t == expected.OutputStart ? expected.Targets[0] : 0;
            var result = env.Step(action);
            total += result.Reward;
            var last = t == expected.Inputs.Steps - 1;
            Assert.Equal(last, result.Terminated);
            Assert.False(result.Truncated);
            Assert.Equal(last ? new float[37] : expected.Inputs.Row(t + 1, 0).ToArray(), result.Observation.ToArray());
        }

        Assert.Equal(1.0, total);
        Assert.Throws<InvalidOperationException>(() => env.Step(0));
    }

    [Fact]
    public void Bit_task_return_is_minus_the_bit_error()
    {
        var task = new CopyTask(minLength: 5, maxLength: 5, bits: 32);
        var expected = task.NextBatch(new Rng(3), 1);
        var ones = expected.Targets.Data.Count(v => v == 1f);
        using var env = new BitTaskEnvironment(task, "copy");

        env.Reset(seed: 3);
        var silent = Enumerable.Range(0, 12).Sum(_ => env.Step(0UL).Reward);
        env.Reset(seed: 3);
        var perfect = Enumerable.Range(0, 12).Sum(t => env.Step(t >= 7 ? BitTaskEnvironment.Pack(expected.Targets.Row(t - 7, 0)) : 0UL).Reward);

        Assert.Equal(-ones, silent);
        Assert.Equal(0.0, perfect);
    }

    [Fact]
    public void Tsp_return_counts_correct_output_steps()
    {
        var task = new TspTask(minPoints: 6, maxPoints: 6);
        var expected = task.NextBatch(new Rng(9), 1);
        using var env = new ClassTaskEnvironment(task, "tsp");
        env.Reset(seed: 9);

        var total = 0.0;
        for (var t = 0; t < expected.Inputs.Steps; t++)
        {
            var k = t - expected.OutputStart;
            total += env.Step(k >= 0 ? expected.Targets[k] : 0).Reward;
        }

        // Six tour points plus the end class.
        Assert.Equal(7.0, total);
    }

    [Fact]
    public void Reset_with_a_seed_repeats_and_reset_without_continues()
    {
        using var env = new ClassTaskEnvironment(new NthFarthestTask(), "nfar");

        var a = env.Reset(seed: 5).Observation.ToArray();
        var b = env.Reset().Observation.ToArray();
        var c = env.Reset(seed: 5).Observation.ToArray();

        Assert.Equal(a, c);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Stepping_does_not_allocate()
    {
        using var env = new BitTaskEnvironment(new CopyTask(minLength: 20, maxLength: 20), "copy");
        env.Reset(seed: 1);
        env.Step(0);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var t = 1; t < 40; t++)
        {
            env.Step(0);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Every_task_is_registered_with_working_defaults()
    {
        var registry = new EnvRegistry();
        TaskEnvironments.Register(registry);

        Assert.Equal(9, registry.Specs.Count(s => s.Id.StartsWith("SamRL/", StringComparison.Ordinal)));
        foreach (var id in new[] { "SamRL/AssociativeRetrieval-v0", "SamRL/NthFarthest-v0", "SamRL/ConvexHull-v0", "SamRL/Tsp-v0", "SamRL/ShortestPath-v0", "SamRL/MinimumSpanningTree-v0" })
        {
            using var env = registry.Make<float, int>(id);
            Assert.Equal(env.ObservationSpace.Shape.ElementCount, env.Reset(seed: 1).Observation.Length);
        }

        using var copy = registry.Make<float, ulong>("SamRL/Copy-v0", EnvOptions.Empty.With("bits", 8L).With("max_length", 3L));
        Assert.Equal(10, copy.Reset().Observation.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => copy.Step(1UL << 8));
        using var sort = registry.Make<float, ulong>("SamRL/PrioritySort-v0");
        using var rar = registry.Make<float, ulong>("SamRL/RelationalAssociativeRecall-v0");
        Assert.Equal(34, rar.Reset().Observation.Length);
    }

    [Fact]
    public void A_task_episode_records_and_replays_exactly()
    {
        var header = new EpisodeHeader { EnvironmentId = "SamRL/ConvexHull-v0", EnvironmentSeed = 17, ChecksumInterval = 3 };
        using var stream = new MemoryStream();
        var rewards = new List<double>();
        using (var writer = new EpisodeWriter(stream, header, leaveOpen: true))
        {
            using var env = new ClassTaskEnvironment(new ConvexHullTask(), header.EnvironmentId);
            var recorder = new EpisodeRecorder<float>(env, writer);
            recorder.Reset();
            var agent = new Rng(2);
            while (true)
            {
                var result = recorder.Step(agent.NextInt(22));
                rewards.Add(result.Reward);
                if (result.IsDone)
                {
                    break;
                }
            }
        }

        var recording = EpisodeReader.Read(new MemoryStream(stream.ToArray()), "hull");
        var (steps, total) = EpisodeReplay<float>.Verify(recording, h => new ClassTaskEnvironment(new ConvexHullTask(), h.EnvironmentId));

        Assert.Equal(rewards.Count, steps);
        Assert.Equal(rewards.Sum(), total);
        Assert.True(recording.Terminated);
    }
}
