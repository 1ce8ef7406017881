using SamRL.Agents.Supervised;
using SamRL.Runner.Cli;
using SamRL.Runner.Progress;
using SamRL.Runner.Training;
using Serilog;
using Spectre.Console;

namespace SamRL.Runner.Supervised;

/// <summary>
/// One invocation of <c>SamRL.Runner task</c>: sets up the run folder (new, or the resumed one), trains with logs,
/// metrics, results and progress, and stops cleanly on Ctrl+C with a checkpoint that <c>--resume</c> continues.
/// </summary>
public static class TaskSession
{
    /// <summary>Name of the checkpoint folder inside a run folder.</summary>
    public const string CheckpointsFolder = "checkpoints";

    /// <summary>Trains with <paramref name="settings"/> (resolved); <paramref name="resumeFolder"/> continues that run instead.</summary>
    public static int Run(TaskSettings settings, string? resumeFolder, bool liveDisplay, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        if (settings.Threads is { } threads)
        {
            TorchSharp.torch.set_num_threads(threads);
        }

        var relay = new SupervisedObserverRelay();
        RunFolder folder;
        SupervisedTrainer trainer;
        if (resumeFolder is not null)
        {
            folder = RunFolder.OpenExisting(resumeFolder);
            trainer = Resume(folder, settings, relay);
            SupervisedMetricsCsv.TruncateForResume(folder.MetricsFile, trainer.Iteration);
        }
        else
        {
            folder = RunFolder.CreateNew(settings.RunDir, TaskRunName.Of(settings.Task!, settings.Model, DateTimeOffset.UtcNow));
            trainer = Start(folder, settings, relay);
        }

        using (trainer)
        {
            TaskSettingsFile.Save(folder.ConfigFile, settings);
            using var log = RunLog.Create(folder.LogFile, liveDisplay);
            log.Information(
                "{Action} {Task} with {Model} ({Variant}, {Parameters:N0} parameters, batch {Batch}, seed {Seed}) in {Folder}",
                resumeFolder is null ? "training" : $"resuming at iteration {trainer.Iteration:N0}:", trainer.Task.Name, settings.Model,
                SequenceModels.Describe(trainer.Task, trainer.Config.Model, trainer.Config.Stm), trainer.ParameterCount, settings.BatchSize,
                settings.Seed, folder.Path);
            var title = $"SamRL · {Path.GetFileName(folder.Path)}";
            var metricName = trainer.Task.Metric.Name();
            SupervisedSummary summary;
            if (liveDisplay)
            {
                summary = AnsiConsole.Live(ProgressTable(trainer, settings, title, metricName)).Start(context =>
                {
                    using var observer = new TaskRunObserver(folder, settings, trainer, log, progress => context.UpdateTarget(progress.Render(title, metricName)));
                    relay.Target = observer;
                    return trainer.Run(cancellation);
                });
            }
            else
            {
                using var observer = new TaskRunObserver(folder, settings, trainer, log, _ => { });
                relay.Target = observer;
                summary = trainer.Run(cancellation);
            }

            log.Information(
                "stopped ({Reason:l}) after {Iterations:N0} iterations, {Elapsed}; best validation {Best:l}, test {Test:l}; checkpoint {Checkpoint}",
                summary.Reason.ToString(), summary.Iteration, ProgressSnapshot.FormatDuration(summary.Elapsed),
                ProgressSnapshot.Format(summary.BestValidation ?? double.NaN, "0.####"),
                summary.Test is { } test ? ProgressSnapshot.Format(test, "0.####") : "not run (resume to finish)", summary.CheckpointPath);
            output.WriteLine($"run folder: {folder.Path}");
            return ExitCodes.Success;
        }
    }

    private static Spectre.Console.Rendering.IRenderable ProgressTable(SupervisedTrainer trainer, TaskSettings settings, string title, string metricName) =>
        new TaskProgress(trainer.Iteration, settings.MaxIterations!.Value, double.NaN, double.NaN, double.NaN, trainer.BestValidation ?? double.NaN, trainer.Elapsed, null)
            .Render(title, metricName);

    private static SupervisedTrainer Start(RunFolder folder, TaskSettings settings, ISupervisedObserver observer)
    {
        try
        {
            return new SupervisedTrainer(settings.ToConfig(), Path.Combine(folder.Path, CheckpointsFolder), observer);
        }
        catch
        {
            // The folder is ours and new: leave nothing behind when the run could not even start.
            Directory.Delete(folder.Path, recursive: true);
            throw;
        }
    }

    private static SupervisedTrainer Resume(RunFolder folder, TaskSettings settings, ISupervisedObserver observer)
    {
        var checkpoints = Path.Combine(folder.Path, CheckpointsFolder);
        var checkpoint = Path.Combine(checkpoints, SupervisedTrainer.LastCheckpointName);
        if (!File.Exists(checkpoint))
        {
            throw new UserInputException($"--resume: {folder.Path} has no checkpoint ({checkpoint}); the run stopped before its first one.");
        }

        try
        {
            return SupervisedTrainer.Resume(checkpoints, observer, config => config with
            {
                MaxIterations = settings.MaxIterations!.Value,
                MaxMinutes = settings.MaxMinutes,
                LearningRateDecayStart = settings.LearningRateDecayStart,
            });
        }
        catch (ArgumentException exception)
        {
            throw new UserInputException($"--max-iterations/--lr-decay-start: {exception.Message.Split(" (Parameter")[0]}.");
        }
        catch (InvalidDataException exception)
        {
            throw new UserInputException($"--resume: checkpoint {checkpoint} is unreadable: {exception.Message}");
        }
    }
}
