using SamRL.Environments.Core;

namespace SamRL.Runner.Replay;

/// <summary>
/// Plays a recorded episode's actions again on a fresh environment reset with the recorded seed, and compares
/// every reward (and where the episode ended) with the recording. The environments are deterministic under a
/// seed, so any difference means the recording, the environment or the settings changed.
/// </summary>
public static class EpisodeResimulation
{
    /// <summary>
    /// Re-simulates <paramref name="episode"/> on <paramref name="environment"/>, handing every observation (the reset
    /// one first) to <paramref name="onFrame"/>.
    /// </summary>
    public static ReplayResult Run(EpisodeRecordFile episode, IEnv<float, int> environment, FrameHandler onFrame)
    {
        var record = episode.Record;
        onFrame(environment.Reset(record.EnvironmentSeed).Observation);
        var total = 0.0;
        for (var step = 0; step < record.Actions.Length; step++)
        {
            var result = environment.Step(record.Actions[step]);
            onFrame(result.Observation);
            total += result.Reward;
            if (result.Reward != record.Rewards[step])
            {
                return new ReplayResult(step + 1, total,
                    $"step {step + 1}: recorded reward {record.Rewards[step]}, re-simulated {result.Reward}");
            }

            var last = step == record.Actions.Length - 1;
            if (result.IsDone && !last)
            {
                return new ReplayResult(step + 1, total,
                    $"step {step + 1}: the environment ended the episode, but {record.Actions.Length} steps were recorded");
            }

            if (last && !result.IsDone && !record.Truncated)
            {
                return new ReplayResult(step + 1, total,
                    $"step {step + 1}: the recorded episode ended here, but the re-simulated one goes on");
            }
        }

        return new ReplayResult(record.Actions.Length, total, null);
    }

    /// <summary>Receives one observation of the replay.</summary>
    public delegate void FrameHandler(ReadOnlySpan<float> observation);
}
