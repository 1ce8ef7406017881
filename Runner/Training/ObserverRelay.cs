using SamRL.Agents.A3C;

namespace SamRL.Runner.Training;

/// <summary>
/// Hands the trainer's reports to an observer attached later. A resumed trainer must load (and so check) its
/// checkpoint before the run's metrics are touched; the trainer takes its observer when it is built, so it gets
/// this relay, and the real observer is attached once the checkpoint has loaded.
/// </summary>
internal sealed class ObserverRelay : ITrainingObserver
{
    /// <summary>Where the reports go; reports made before it is set are dropped.</summary>
    public ITrainingObserver? Target { get; set; }

    public void OnInterval(TrainingStatistics statistics) => Target?.OnInterval(statistics);

    public void OnEvaluationEpisode(EvaluationEpisode episode) => Target?.OnEvaluationEpisode(episode);

    public void OnCheckpoint(CheckpointWritten checkpoint) => Target?.OnCheckpoint(checkpoint);
}
