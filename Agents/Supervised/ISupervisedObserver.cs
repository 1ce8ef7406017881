namespace SamRL.Agents.Supervised;

/// <summary>Receives what a <see cref="SupervisedTrainer"/> does, on the training thread, in order.</summary>
public interface ISupervisedObserver
{
    /// <summary>A logging interval ended.</summary>
    void OnInterval(TrainingInterval interval);

    /// <summary>A validation or the final test finished.</summary>
    void OnEvaluation(EvaluationReport report);

    /// <summary>The full checkpoint (last.ckpt) was written at <paramref name="iteration"/> iterations, <paramref name="elapsedSeconds"/> of training.</summary>
    void OnCheckpoint(long iteration, double elapsedSeconds, string path);
}
