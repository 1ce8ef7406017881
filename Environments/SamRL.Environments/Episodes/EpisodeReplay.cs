using SamRL.Environments.Core;

namespace SamRL.Environments.Episodes;

/// <summary>
/// Re-simulates a recorded episode and yields its frames: the environment is rebuilt from the header by a
/// caller-supplied factory (so replay works for any environment), reset with the recorded seed, and fed
/// the recorded actions. Each reward, each state checksum (through the <see cref="IStateChecksum"/> found in
/// the wrapper stack) and the ending are checked; the first divergence throws
/// <see cref="EpisodeReplayMismatchException"/>.
/// </summary>
/// <typeparam name="TObservation">Observation element type.</typeparam>
/// <example>
/// <code>
/// using var replay = new EpisodeReplay&lt;byte&gt;(EpisodeReader.Read(path), header => registry.Make(header));
/// while (replay.MoveNext()) { render(replay.Frame); }
/// </code>
/// </example>
public sealed class EpisodeReplay<TObservation> : IDisposable
    where TObservation : unmanaged
{
    private readonly IEnv<TObservation, int> environment;
    private readonly IStateChecksum? checksum;
    private readonly TObservation[] frame;
    private int nextCheckpoint;

    /// <summary>Rebuilds the environment of <paramref name="recording"/> with <paramref name="environmentFactory"/>.</summary>
    /// <exception cref="ArgumentException">The recording has state checksums but the environment cannot compute them.</exception>
    public EpisodeReplay(EpisodeRecording recording, Func<EpisodeHeader, IEnv<TObservation, int>> environmentFactory)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(environmentFactory);
        Recording = recording;
        environment = environmentFactory(recording.Header)
            ?? throw new ArgumentException("The environment factory returned null.", nameof(environmentFactory));
        checksum = EnvChain.Find<IStateChecksum>(environment);
        if (recording.Header.HasStateChecksums && checksum is null)
        {
            environment.Dispose();
            throw new ArgumentException(
                $"The recording has state checksums but {environment} implements no {nameof(IStateChecksum)}.", nameof(environmentFactory));
        }

        frame = new TObservation[environment.ObservationSpace.Shape.ElementCount];
    }

    /// <summary>The episode being replayed.</summary>
    public EpisodeRecording Recording { get; }

    /// <summary>Steps replayed so far: 0 after the reset frame, −1 before it.</summary>
    public long StepCount { get; private set; } = -1;

    /// <summary>The current frame (observation), valid until the next <see cref="MoveNext"/>.</summary>
    public ReadOnlySpan<TObservation> Frame => frame;

    /// <summary>The reward of the last step (0 for the reset frame).</summary>
    public double Reward { get; private set; }

    /// <summary>Sum of the rewards so far.</summary>
    public double TotalReward { get; private set; }

    /// <summary>
    /// Advances to the next frame: the first call resets the environment, each later call replays one
    /// recorded step. Returns false once every recorded step has been replayed.
    /// </summary>
    /// <exception cref="EpisodeReplayMismatchException">The re-simulation diverged from the recording.</exception>
    public bool MoveNext()
    {
        if (StepCount < 0)
        {
            var reset = environment.Reset(Recording.Header.EnvironmentSeed);
            reset.Observation.CopyTo(frame);
            StepCount = 0;
            VerifyCheckpoint();
            return true;
        }

        if (StepCount >= Recording.Steps.Count)
        {
            return false;
        }

        var recorded = Recording.Steps[(int)StepCount];
        var result = environment.Step(recorded.Action);
        result.Observation.CopyTo(frame);
        StepCount++;
        Reward = result.Reward;
        TotalReward += result.Reward;
        if (BitConverter.DoubleToInt64Bits(result.Reward) != BitConverter.DoubleToInt64Bits(recorded.Reward))
        {
            throw new EpisodeReplayMismatchException(StepCount, $"reward {result.Reward} where the recording has {recorded.Reward}.");
        }

        VerifyCheckpoint();
        VerifyEnding(result.IsDone, result.Terminated, result.Truncated);
        return true;
    }

    /// <summary>Replays the whole episode, verifying it; returns the number of steps and the total reward.</summary>
    /// <exception cref="EpisodeReplayMismatchException">The re-simulation diverged from the recording.</exception>
    public static (long Steps, double TotalReward) Verify(EpisodeRecording recording, Func<EpisodeHeader, IEnv<TObservation, int>> environmentFactory)
    {
        using var replay = new EpisodeReplay<TObservation>(recording, environmentFactory);
        while (replay.MoveNext())
        {
        }

        return (replay.StepCount, replay.TotalReward);
    }

    /// <summary>Disposes the rebuilt environment.</summary>
    public void Dispose() => environment.Dispose();

    private void VerifyCheckpoint()
    {
        var checkpoints = Recording.Checkpoints;
        if (nextCheckpoint >= checkpoints.Count || checkpoints[nextCheckpoint].StepCount != StepCount)
        {
            return;
        }

        var expected = checkpoints[nextCheckpoint++].StateChecksum;
        if (checksum is not null && Recording.Header.HasStateChecksums)
        {
            var actual = checksum.ComputeStateChecksum();
            if (actual != expected)
            {
                throw new EpisodeReplayMismatchException(StepCount, $"state checksum 0x{actual:X16} where the recording has 0x{expected:X16}.");
            }
        }
    }

    private void VerifyEnding(bool done, bool terminated, bool truncated)
    {
        var last = StepCount == Recording.Steps.Count;
        if (done && !last)
        {
            throw new EpisodeReplayMismatchException(StepCount, $"the environment ended the episode but the recording has {Recording.Steps.Count - StepCount} more steps.");
        }

        if (last && Recording.IsComplete && (terminated != Recording.Terminated || truncated != Recording.Truncated))
        {
            throw new EpisodeReplayMismatchException(StepCount,
                $"episode ended with terminated={terminated}, truncated={truncated} where the recording has terminated={Recording.Terminated}, truncated={Recording.Truncated}.");
        }
    }
}
