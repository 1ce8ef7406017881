using System.Globalization;
using SamRL.Agents.Babi;
using SamRL.Environments.Babi;
using SamRL.Runner.Supervised;
using Serilog;

namespace SamRL.Runner.Babi;

/// <summary>
/// Turns a bAbI trainer's reports into the run folder's files — <c>metrics.csv</c> rows and <c>results.json</c>
/// after every evaluation — and log lines.
/// </summary>
public sealed class BabiRunObserver : IBabiTrainingObserver
{
    private readonly SupervisedMetricsCsv metrics;
    private readonly ILogger log;
    private readonly string resultsPath;

    /// <summary>Creates the observer; <paramref name="initial"/> is the results file's content before any report.</summary>
    public BabiRunObserver(SupervisedMetricsCsv metrics, ILogger log, string resultsPath, SupervisedResults initial)
    {
        this.metrics = metrics;
        this.log = log;
        this.resultsPath = resultsPath;
        Results = initial;
    }

    /// <summary>The results as last written.</summary>
    public SupervisedResults Results { get; private set; }

    /// <inheritdoc />
    public void OnTrainingInterval(BabiTrainingInterval interval)
    {
        metrics.Append("train", interval.Iteration, interval.Examples, interval.Elapsed.TotalSeconds, interval.Loss, interval.Error);
        log.Information(
            "iteration {Iteration} (epoch {Epoch:0.00}) | loss {Loss:0.0000} | error {Error:0.00} % | lr {LearningRate} | {Elapsed}",
            interval.Iteration, interval.Epoch, interval.Loss, interval.Error * 100, interval.LearningRate, Progress.ProgressSnapshot.FormatDuration(interval.Elapsed));
    }

    /// <inheritdoc />
    public void OnTaskEvaluated(BabiSplit split, BabiTaskScore score) =>
        log.Information(
            "{Split} task {Task}: error {Error:0.00} % of {Questions} questions",
            split == BabiSplit.Test ? "test" : "valid", score.Task, score.Error * 100, score.Questions);

    /// <inheritdoc />
    public void OnEvaluation(BabiEvaluationPoint point)
    {
        var scores = point.Scores;
        var kind = scores.Split == BabiSplit.Test ? "test" : "valid";
        metrics.Append(kind, point.Iteration, point.Examples, point.Elapsed.TotalSeconds, scores.Loss, scores.MeanError);
        Results = Results with { Iterations = point.Iteration, Minutes = point.Elapsed.TotalMinutes };
        if (scores.Split == BabiSplit.Test)
        {
            var extra = scores.Tasks.ToDictionary(t => string.Create(CultureInfo.InvariantCulture, $"task{t.Task}"), t => t.Error);
            extra["failedTasks"] = scores.FailedTasks;
            Results = Results with { Test = scores.MeanError, Extra = extra };
        }
        else if (point.IsBest)
        {
            Results = Results with { BestValid = scores.MeanError };
        }

        Results.Save(resultsPath);
        log.Information(
            "{Kind} at iteration {Iteration}: mean error {MeanError:0.00} %, loss {Loss:0.0000}, failed tasks {Failed}/{Tasks}{Best:l} (lr {LearningRate})",
            kind, point.Iteration, scores.MeanError * 100, scores.Loss, scores.FailedTasks, scores.Tasks.Count,
            point.IsBest ? ", best so far: saved" : "", point.LearningRate);
    }

    /// <summary>Writes the results once more with the run's final counters (also when it stopped before any evaluation).</summary>
    public void OnFinished(BabiTrainingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Results = Results with { Iterations = summary.Iteration, Minutes = summary.Elapsed.TotalMinutes };
        Results.Save(resultsPath);
    }

    /// <inheritdoc />
    public void OnCheckpoint(string path, long iteration) =>
        log.Information("checkpoint at iteration {Iteration}: {Path}", iteration, path);
}

/// <summary>Forwards reports to an observer set once the run's files are open.</summary>
internal sealed class BabiObserverRelay : IBabiTrainingObserver
{
    public IBabiTrainingObserver? Target { get; set; }

    public void OnTrainingInterval(BabiTrainingInterval interval) => Target?.OnTrainingInterval(interval);

    public void OnTaskEvaluated(BabiSplit split, BabiTaskScore score) => Target?.OnTaskEvaluated(split, score);

    public void OnEvaluation(BabiEvaluationPoint point) => Target?.OnEvaluation(point);

    public void OnCheckpoint(string path, long iteration) => Target?.OnCheckpoint(path, iteration);
}
