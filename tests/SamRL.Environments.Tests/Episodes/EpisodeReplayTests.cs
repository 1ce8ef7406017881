using SamRL.Environments.Core;
using SamRL.Environments.Episodes;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Tests.Episodes;

public class EpisodeReplayTests
{
    [Fact]
    public void Replay_re_simulates_frames_rewards_and_checksums()
    {
        var (bytes, frames, rewards) = Record(seed: 3, goal: 6, maxSteps: 40);
        var recording = EpisodeReader.Read(new MemoryStream(bytes), "walk");

        using var replay = new EpisodeReplay<byte>(recording, WalkEnvironment.FromHeader);
        var replayed = new List<byte[]>();
        while (replay.MoveNext())
        {
            replayed.Add(replay.Frame.ToArray());
        }

        Assert.True(recording.IsComplete);
        Assert.Equal(frames, replayed);
        Assert.Equal(rewards, recording.Steps.Select(s => s.Reward));
        Assert.Equal(rewards.Sum(), replay.TotalReward);
        Assert.Equal(recording.Steps.Count, replay.StepCount);
        Assert.True(recording.Checkpoints.Count >= 2);
    }

    [Fact]
    public void Verify_reports_the_episode_length_and_return()
    {
        var (bytes, _, rewards) = Record(seed: 8, goal: 50, maxSteps: 25);
        var recording = EpisodeReader.Read(new MemoryStream(bytes), "walk");

        var (steps, total) = EpisodeReplay<byte>.Verify(recording, WalkEnvironment.FromHeader);

        Assert.Equal(25, steps);
        Assert.True(recording.Truncated);
        Assert.Equal(rewards.Sum(), total);
    }

    [Fact]
    public void A_different_environment_is_caught_at_the_first_divergent_step()
    {
        var (bytes, _, _) = Record(seed: 3, goal: 6, maxSteps: 40);
        var recording = EpisodeReader.Read(new MemoryStream(bytes), "walk");

        // Same dynamics but a shorter time limit: the recording continues after the replay's episode ends.
        var error = Assert.Throws<EpisodeReplayMismatchException>(() =>
            EpisodeReplay<byte>.Verify(recording, _ => new WalkEnvironment(6, 3)));
        Assert.Equal(3, error.Step);

        // A different reset seed changes the random stream: the state checksum after reset differs.
        var reseeded = EpisodeReader.Read(new MemoryStream(Reseeded(recording, seed: 4)), "walk");
        var seedError = Assert.Throws<EpisodeReplayMismatchException>(() => EpisodeReplay<byte>.Verify(reseeded, WalkEnvironment.FromHeader));
        Assert.Equal(0, seedError.Step);
        Assert.Contains("state checksum", seedError.Message);
    }

    [Fact]
    public void A_tampered_reward_is_reported_with_both_values()
    {
        var (bytes, _, _) = Record(seed: 3, goal: 6, maxSteps: 40);
        var recording = EpisodeReader.Read(new MemoryStream(bytes), "walk");
        var steps = recording.Steps.ToArray();
        steps[1] = steps[1] with { Reward = steps[1].Reward + 7 };
        var tampered = EpisodeReader.Read(new MemoryStream(Write(recording.Header, steps, recording)), "walk");

        var error = Assert.Throws<EpisodeReplayMismatchException>(() => EpisodeReplay<byte>.Verify(tampered, WalkEnvironment.FromHeader));

        Assert.Equal(2, error.Step);
        Assert.Contains($"where the recording has {steps[1].Reward}", error.Message);
    }

    [Fact]
    public void A_crash_cut_recording_replays_its_complete_steps()
    {
        var (bytes, frames, _) = Record(seed: 5, goal: 50, maxSteps: 30);
        var cut = EpisodeReader.Read(new MemoryStream(bytes[..(bytes.Length - 40)]), "walk");

        using var replay = new EpisodeReplay<byte>(cut, WalkEnvironment.FromHeader);
        var count = 0;
        while (replay.MoveNext())
        {
            Assert.Equal(frames[count], replay.Frame.ToArray());
            count++;
        }

        Assert.False(cut.IsComplete);
        Assert.Equal(cut.Steps.Count + 1, count);
        Assert.True(cut.Steps.Count >= 25);
    }

    [Fact]
    public void Recording_an_environment_without_checksums_requires_saying_so()
    {
        var env = new ChecksumFreeEnvironment(new WalkEnvironment(6, 40));
        var header = EpisodeFileTests.SampleHeader();
        Assert.Throws<ArgumentException>(() => new EpisodeRecorder<byte>(env, new EpisodeWriter(new MemoryStream(), header)));

        using var stream = new MemoryStream();
        using (var writer = new EpisodeWriter(stream, header with { HasStateChecksums = false }, leaveOpen: true))
        {
            var recorder = new EpisodeRecorder<byte>(env, writer);
            recorder.Reset();
            while (!recorder.Step(2).IsDone)
            {
            }
        }

        var recording = EpisodeReader.Read(new MemoryStream(stream.ToArray()), "walk");
        Assert.Equal(6, EpisodeReplay<byte>.Verify(recording, h => new ChecksumFreeEnvironment(WalkEnvironment.FromHeader(h))).Steps);
        Assert.All(recording.Checkpoints, c => Assert.Equal(0UL, c.StateChecksum));
    }

    [Fact]
    public void Checkpoints_carry_zero_when_the_header_declines_state_checksums()
    {
        using var stream = new MemoryStream();
        using (var writer = new EpisodeWriter(stream, EpisodeFileTests.SampleHeader() with { HasStateChecksums = false }, leaveOpen: true))
        {
            var recorder = new EpisodeRecorder<byte>(new WalkEnvironment(6, 40), writer);
            recorder.Reset();
            while (!recorder.Step(0).IsDone)
            {
            }
        }

        var recording = EpisodeReader.Read(new MemoryStream(stream.ToArray()), "walk");
        Assert.False(recording.Header.HasStateChecksums);
        // Six steps left reach the goal; checkpoints after reset, after step 4 (interval 4) and at the end.
        Assert.Equal([0L, 4, 6], recording.Checkpoints.Select(c => c.StepCount));
        Assert.All(recording.Checkpoints, c => Assert.Equal(0UL, c.StateChecksum));
    }

    private static (byte[] Bytes, List<byte[]> Frames, List<double> Rewards) Record(ulong seed, int goal, int maxSteps)
    {
        var header = EpisodeFileTests.SampleHeader() with
        {
            EnvironmentSeed = seed,
            Settings = new Dictionary<string, string> { ["goal"] = $"{goal}", ["max_steps"] = $"{maxSteps}" },
        };
        var frames = new List<byte[]>();
        var rewards = new List<double>();
        using var stream = new MemoryStream();
        using (var writer = new EpisodeWriter(stream, header, leaveOpen: true))
        {
            using var env = WalkEnvironment.FromHeader(header);
            var recorder = new EpisodeRecorder<byte>(env, writer);
            frames.Add(recorder.Reset().Observation.ToArray());
            var agent = new Rng(seed + 100);
            while (true)
            {
                var result = recorder.Step(agent.NextInt(3));
                frames.Add(result.Observation.ToArray());
                rewards.Add(result.Reward);
                if (result.IsDone)
                {
                    break;
                }
            }
        }

        return (stream.ToArray(), frames, rewards);
    }

    private static byte[] Reseeded(EpisodeRecording recording, ulong seed) =>
        Write(recording.Header with { EnvironmentSeed = seed }, [.. recording.Steps], recording);

    private static byte[] Write(EpisodeHeader header, EpisodeStep[] steps, EpisodeRecording source)
    {
        using var stream = new MemoryStream();
        using (var writer = new EpisodeWriter(stream, header, leaveOpen: true))
        {
            var checkpoints = source.Checkpoints.ToDictionary(c => c.StepCount, c => c.StateChecksum);
            writer.WriteCheckpoint(checkpoints[0]);
            for (var i = 0; i < steps.Length; i++)
            {
                writer.WriteStep(steps[i].Action, steps[i].Reward);
                if (checkpoints.TryGetValue(i + 1, out var checksum))
                {
                    writer.WriteCheckpoint(checksum);
                }
            }

            writer.Complete(source.Terminated, source.Truncated);
        }

        return stream.ToArray();
    }

    /// <summary>Hides the inner environment's checksum, like an environment that cannot compute one.</summary>
    private sealed class ChecksumFreeEnvironment(WalkEnvironment inner) : IEnv<byte, int>
    {
        public IArraySpace<byte> ObservationSpace => inner.ObservationSpace;

        public ISpace<int> ActionSpace => inner.ActionSpace;

        public ResetResult<byte> Reset(ulong? seed = null) => inner.Reset(seed);

        public StepResult<byte> Step(int action) => inner.Step(action);

        public void Dispose() => inner.Dispose();
    }
}
