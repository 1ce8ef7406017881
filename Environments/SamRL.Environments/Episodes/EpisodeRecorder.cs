using SamRL.Environments.Core;

namespace SamRL.Environments.Episodes;

/// <summary>
/// Plays an environment while writing its episode file: resets with the header's
/// <see cref="EpisodeHeader.EnvironmentSeed"/>, writes every step, a state checksum after reset and every
/// <see cref="EpisodeHeader.ChecksumInterval"/> steps (from the <see cref="IStateChecksum"/> found in the
/// wrapper stack), and completes the file when the episode ends. Used by evaluation and training alike.
/// </summary>
/// <typeparam name="TObservation">Observation element type.</typeparam>
public sealed class EpisodeRecorder<TObservation>
    where TObservation : unmanaged
{
    private readonly IEnv<TObservation, int> environment;
    private readonly EpisodeWriter writer;
    private readonly IStateChecksum? checksum;
    private bool started;

    /// <summary>Records <paramref name="environment"/> into <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentException">The header promises state checksums but the environment has no <see cref="IStateChecksum"/>.</exception>
    public EpisodeRecorder(IEnv<TObservation, int> environment, EpisodeWriter writer)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(writer);
        // Without HasStateChecksums the checkpoints carry 0: they only seal CRC segments.
        checksum = writer.Header.HasStateChecksums ? EnvChain.Find<IStateChecksum>(environment) : null;
        if (writer.Header.HasStateChecksums && checksum is null)
        {
            throw new ArgumentException(
                $"The header says HasStateChecksums but {environment} implements no {nameof(IStateChecksum)}; set HasStateChecksums = false.",
                nameof(writer));
        }

        this.environment = environment;
        this.writer = writer;
    }

    /// <summary>Resets the environment with the header's seed and writes the initial checkpoint.</summary>
    /// <exception cref="InvalidOperationException">The episode was already started.</exception>
    public ResetResult<TObservation> Reset()
    {
        if (started)
        {
            throw new InvalidOperationException("An episode file holds one episode; create a new writer and recorder for the next.");
        }

        started = true;
        var result = environment.Reset(writer.Header.EnvironmentSeed);
        writer.WriteCheckpoint(CurrentChecksum());
        return result;
    }

    /// <summary>Steps the environment and records the step; completes the file when the episode ends.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Reset"/> was not called.</exception>
    public StepResult<TObservation> Step(int action)
    {
        if (!started)
        {
            throw new InvalidOperationException("Call Reset before Step.");
        }

        var result = environment.Step(action);
        writer.WriteStep(action, result.Reward);
        if (result.IsDone || writer.StepCount % writer.Header.ChecksumInterval == 0)
        {
            writer.WriteCheckpoint(CurrentChecksum());
        }

        if (result.IsDone)
        {
            writer.Complete(result.Terminated, result.Truncated);
        }

        return result;
    }

    private ulong CurrentChecksum() => checksum?.ComputeStateChecksum() ?? 0;
}
