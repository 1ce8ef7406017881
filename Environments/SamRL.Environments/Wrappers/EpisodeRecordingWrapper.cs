using SamRL.Environments.Core;
using SamRL.Environments.Episodes;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// Records every episode of the wrapped environment as an episode file (see <c>Episodes/</c>), so that any loop
/// that steps an environment — training, evaluation, a user's script — leaves replayable files without changing how
/// it steps. Each <see cref="Reset"/> opens a new file through the writer factory, which receives the episode's seed
/// and index and builds the header (environment id, settings, agent ids). An episode file must name the seed the
/// environment was reset with, so a <see cref="Reset"/> without a seed uses <c>firstSeed + episode index</c>.
/// A file is completed when its episode ends; an episode cut short by the next reset or by disposal stays a valid,
/// incomplete file that reads back all its steps.
/// </summary>
/// <typeparam name="TObservation">Observation element type.</typeparam>
public sealed class EpisodeRecordingWrapper<TObservation> : EnvWrapper<TObservation, int>
    where TObservation : unmanaged
{
    private readonly Func<ulong, long, EpisodeWriter> openWriter;
    private readonly ulong firstSeed;
    private EpisodeWriter? writer;
    private EpisodeRecorder<TObservation>? recorder;

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="openWriter"/>(seed, episode index) opens each episode's file.</summary>
    public EpisodeRecordingWrapper(IEnv<TObservation, int> inner, Func<ulong, long, EpisodeWriter> openWriter, ulong firstSeed = 0)
        : base(inner)
    {
        ArgumentNullException.ThrowIfNull(openWriter);
        this.openWriter = openWriter;
        this.firstSeed = firstSeed;
    }

    /// <summary>Episodes started so far (the index of the next one).</summary>
    public long EpisodeCount { get; private set; }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The factory's header names another seed than the one the episode is reset with.</exception>
    public override ResetResult<TObservation> Reset(ulong? seed = null)
    {
        CloseEpisode();
        ulong episodeSeed = seed ?? firstSeed + (ulong)EpisodeCount;
        writer = openWriter(episodeSeed, EpisodeCount);
        EpisodeCount++;
        if (writer.Header.EnvironmentSeed != episodeSeed)
        {
            CloseEpisode();
            throw new InvalidOperationException(
                $"The episode writer's header has EnvironmentSeed {writer?.Header.EnvironmentSeed}, but the episode is reset with seed {episodeSeed}; the factory must put the given seed in the header.");
        }

        recorder = new EpisodeRecorder<TObservation>(Inner, writer);
        return recorder.Reset();
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException"><see cref="Reset"/> was not called, or the episode already ended.</exception>
    public override StepResult<TObservation> Step(int action)
    {
        if (recorder is null)
        {
            throw new InvalidOperationException("Call Reset before Step: every recorded episode starts with a reset.");
        }

        var result = recorder.Step(action);
        if (result.IsDone)
        {
            CloseEpisode();
        }

        return result;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            CloseEpisode();
        }

        base.Dispose(disposing);
    }

    private void CloseEpisode()
    {
        writer?.Dispose();
        writer = null;
        recorder = null;
    }
}
