using SamRL.Environments.Core;
using SamRL.Environments.Episodes;

namespace SamRL.Agents.A3C;

/// <summary>
/// Writes one evaluation episode in SamRL's episode-file format (header, steps, state checksums) while it is played,
/// through the Episodes API's <see cref="EpisodeRecorder{TObservation}"/>.
/// </summary>
internal sealed class EvaluationRecording : IDisposable
{
    private readonly EpisodeWriter writer;
    private readonly EpisodeRecorder<float> recorder;
    private bool ended;

    /// <summary>Starts the file at <paramref name="path"/>; <paramref name="header"/> carries the episode's seeds and ids.</summary>
    public EvaluationRecording(string path, EpisodeHeader header, IEnv<float, int> environment)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        writer = EpisodeWriter.Create(path, header);
        try
        {
            recorder = new EpisodeRecorder<float>(environment, writer);
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    /// <summary>Resets the environment with the header's seed and records the initial checkpoint.</summary>
    public ResetResult<float> Reset() => recorder.Reset();

    /// <summary>Steps the environment and records the step (and the end of the episode).</summary>
    public StepResult<float> Step(int action)
    {
        var result = recorder.Step(action);
        ended = result.IsDone;
        return result;
    }

    /// <summary>Marks an episode the evaluator cut at its step limit as truncated.</summary>
    public void CutAtStepLimit()
    {
        if (!ended) writer.Complete(terminated: false, truncated: true);
        ended = true;
    }

    public void Dispose() => writer.Dispose();
}
