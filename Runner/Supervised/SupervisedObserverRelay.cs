using SamRL.Agents.Supervised;

namespace SamRL.Runner.Supervised;

/// <summary>Forwards trainer events to an observer set once the trainer exists (the observer needs the trainer's facts).</summary>
internal sealed class SupervisedObserverRelay : ISupervisedObserver
{
    public ISupervisedObserver? Target { get; set; }

    public void OnInterval(TrainingInterval interval) => Target?.OnInterval(interval);

    public void OnEvaluation(EvaluationReport report) => Target?.OnEvaluation(report);

    public void OnCheckpoint(long iteration, double elapsedSeconds, string path) => Target?.OnCheckpoint(iteration, elapsedSeconds, path);
}
