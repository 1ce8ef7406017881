using System.Globalization;
using SamRL.Agents.Supervised;
using SamRL.Runner.Progress;
using SamRL.Runner.Training;
using Serilog;

namespace SamRL.Runner.Supervised;

/// <summary>
/// Turns a supervised trainer's events into the run folder's files (metrics.csv, results.json), log lines and progress.
/// </summary>
public sealed class TaskRunObserver : ISupervisedObserver, IDisposable
{
    private readonly RunFolder folder;
    private readonly TaskSettings settings;
    private readonly SupervisedTask task;
    private readonly ILogger log;
    private readonly Action<TaskProgress> onProgress;
    private readonly SupervisedMetricsCsv metrics;
    private SupervisedResults results;

    /// <summary>Creates the observer of <paramref name="trainer"/>'s run in <paramref name="folder"/>.</summary>
    public TaskRunObserver(RunFolder folder, TaskSettings settings, SupervisedTrainer trainer, ILogger log, Action<TaskProgress> onProgress)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(trainer);
        this.folder = folder;
        this.settings = settings;
        this.log = log;
        this.onProgress = onProgress;
        task = trainer.Task;
        metrics = SupervisedMetricsCsv.Open(folder.MetricsFile);
        var description = SequenceModels.Describe(task, trainer.Config.Model, trainer.Config.Stm);
        results = new SupervisedResults
        {
            Experiment = task.Name,
            Model = settings.Model,
            Variant = task.Variant.Length == 0 ? description : $"{task.Variant}-{description}",
            Metric = task.Metric.Name(),
            HigherIsBetter = task.Metric.HigherIsBetter(),
            BestValid = trainer.BestValidation,
            Iterations = trainer.Iteration,
            Minutes = trainer.Elapsed.TotalMinutes,
            Seed = settings.Seed,
            Parameters = trainer.ParameterCount,
            Hardware = HardwareDescription.Current(),
        };
        Progress = new TaskProgress(
            trainer.Iteration, settings.MaxIterations!.Value, double.NaN, double.NaN, double.NaN, trainer.BestValidation ?? double.NaN, trainer.Elapsed, null);
    }

    /// <summary>The results file path.</summary>
    public string ResultsFile => Path.Combine(folder.Path, "results.json");

    /// <summary>The latest progress.</summary>
    public TaskProgress Progress { get; private set; }

    /// <summary>The results as last written.</summary>
    public SupervisedResults Results => results;

    /// <inheritdoc />
    public void OnInterval(TrainingInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        metrics.Append("train", interval.Iteration, interval.Examples, interval.ElapsedSeconds, interval.Loss, interval.Metric);
        var elapsed = TimeSpan.FromSeconds(interval.ElapsedSeconds);
        Progress = Progress with
        {
            Iteration = interval.Iteration,
            IterationsPerSecond = interval.IterationsPerSecond,
            Loss = interval.Loss,
            Metric = interval.Metric,
            Elapsed = elapsed,
            TimeLeft = TimeLeftEstimate.Compute(interval.Iteration, interval.IterationsPerSecond, elapsed, settings.MaxIterations, settings.MaxMinutes),
        };
        log.Information("{Line:l}", Progress.ToLogLine(task.Metric.Name()));
        onProgress(Progress);
    }

    /// <inheritdoc />
    public void OnEvaluation(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        bool test = report.Split == EvaluationSplit.Test;
        metrics.Append(test ? "test" : "valid", report.Iteration, report.Examples, report.ElapsedSeconds, report.Loss, report.Metric);
        results = results with
        {
            BestValid = report.BestValidation,
            Test = test ? report.Metric : results.Test,
            Extra = test ? report.Extra : results.Extra,
            Iterations = report.Iteration,
            Minutes = report.ElapsedSeconds / 60,
        };
        results.Save(ResultsFile);
        Progress = Progress with { BestValid = report.BestValidation ?? double.NaN };
        var extra = string.Concat(report.Extra.Select(entry => string.Create(CultureInfo.InvariantCulture, $", {entry.Key} {entry.Value:0.####}")));
        log.Information(
            "{Split:l} at iteration {Iteration:N0}: {Metric:l} {Value:0.####}, loss {Loss:0.0000}{Extra:l}{Best:l}",
            test ? "test (best model)" : "validation", report.Iteration, task.Metric.Name(), report.Metric, report.Loss, extra,
            report.IsBest ? " (best so far)" : "");
        onProgress(Progress);
    }

    /// <inheritdoc />
    public void OnCheckpoint(long iteration, double elapsedSeconds, string path)
    {
        results = results with { Iterations = iteration, Minutes = elapsedSeconds / 60 };
        results.Save(ResultsFile);
        log.Information("checkpoint at iteration {Iteration:N0}: {Path}", iteration, path);
    }

    /// <inheritdoc />
    public void Dispose() => metrics.Dispose();
}
