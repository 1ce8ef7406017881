namespace SamRL.Agents.A3C;

/// <summary>
/// Receives the progress of an <see cref="A3CTrainer"/> run (for logs, CSV files, plots, progress bars).
/// Every call is made on the thread that called <see cref="A3CTrainer.Run"/>, one at a time, so implementations
/// need no locking; keep them quick, since training reports queue up behind them. Every method has an empty
/// default, so implement only what you need.
/// </summary>
public interface ITrainingObserver
{
    /// <summary>Called every <see cref="A3CConfig.StatisticsInterval"/> and once at the end of the run.</summary>
    void OnInterval(TrainingStatistics statistics)
    {
    }

    /// <summary>Called after each greedy evaluation episode.</summary>
    void OnEvaluationEpisode(EvaluationEpisode episode)
    {
    }

    /// <summary>Called after a checkpoint (periodic, final, or the best model) was written.</summary>
    void OnCheckpoint(CheckpointWritten checkpoint)
    {
    }
}
