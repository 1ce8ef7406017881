using System.Globalization;
using SamRL.Agents.A3C;
using SamRL.Environments.Episodes;
using SamRL.Runner.Cli;
using SamRL.Runner.Progress;
using SamRL.Runner.Runs;
using Serilog;
using Spectre.Console;

namespace SamRL.Runner.Training;

/// <summary>
/// One invocation of the training command: checks everything that can be wrong before a file is written, sets up
/// the run folder (new, or the resumed one), runs the trainer with logs, metrics and progress, and stops cleanly on
/// Ctrl+C with a final checkpoint.
/// </summary>
public static class TrainingSession
{
    /// <summary>Trains with <paramref name="settings"/>; <paramref name="resumeFolder"/> continues that run instead of starting one.</summary>
    public static int Run(TrainSettings settings, string? resumeFolder, bool liveDisplay, TextWriter output, CancellationToken cancellation)
    {
        var environment = TrainingEnvironment.Resolve(settings);
        var config = A3CSettingsMapping.ToConfig(settings, environment);
        config.Validate();

        var relay = new ObserverRelay();
        RunFolder folder;
        A3CTrainer trainer;
        if (resumeFolder is not null)
        {
            folder = RunFolder.OpenExisting(resumeFolder);
            trainer = ResumeTrainer(folder, environment, relay, settings);
        }
        else
        {
            folder = RunFolder.CreateNew(
                settings.RunsDirectory, RunFolder.Name(settings.Game!, settings.Core, config.FrameSkip, DateTimeOffset.UtcNow));
            trainer = StartTrainer(folder, environment, relay, config, EvaluationEpisodeHeader.For(settings, environment));
        }

        using (trainer)
        {
            TrainSettingsFile.Save(folder.ConfigFile, settings);
            using var log = RunLog.Create(folder.LogFile, liveDisplay);
            var resumed = resumeFolder is null ? ResumedMetrics.None : MetricsHistory.TruncateToLastCheckpoint(folder.MetricsFile);
            log.Information(
                "{Action} {Game} ({Core}, frame skip {FrameSkip}, {Workers} workers, seed {Seed}) in {Folder}",
                resumeFolder is null ? "training" : $"resuming at {resumed.CheckpointFrames:N0} frames:", settings.Game, settings.Core,
                settings.FrameSkip, settings.Workers, settings.Seed, folder.Path);
            log.Information("environment: {Environment}", environment.Description);
            var summary = liveDisplay
                ? RunWithLiveDisplay(trainer, relay, folder, settings, resumed, log, cancellation)
                : RunWithLogLines(trainer, relay, folder, settings, resumed, log, cancellation);
            string evaluation = double.IsNaN(summary.BestEvaluationReward)
                ? "no evaluation episode yet"
                : string.Create(CultureInfo.InvariantCulture, $"best evaluation reward {summary.BestEvaluationReward}, 100-episode average {summary.EvaluationMovingAverage:0.00}");
            log.Information(
                "stopped ({Reason:l}) after {Frames:N0} frames, {Elapsed}; {Evaluation:l}; checkpoint {Checkpoint}",
                summary.Reason.ToString(), summary.Frames, ProgressSnapshot.FormatDuration(summary.Elapsed), evaluation, summary.CheckpointPath);
            output.WriteLine($"run folder: {folder.Path}");
            return ExitCodes.Success;
        }
    }

    private static A3CTrainer StartTrainer(
        RunFolder folder, TrainingEnvironment environment, ObserverRelay relay, A3CConfig config, EpisodeHeader evaluationHeader)
    {
        try
        {
            return new A3CTrainer(config, environment.Factory, folder.Path, relay, evaluationHeader);
        }
        catch
        {
            // The folder is ours and new: leave nothing behind when the run could not even start.
            Directory.Delete(folder.Path, recursive: true);
            throw;
        }
    }

    private static A3CTrainer ResumeTrainer(RunFolder folder, TrainingEnvironment environment, ObserverRelay relay, TrainSettings settings)
    {
        var checkpoint = new RunLayout(folder.Path).CheckpointFile;
        if (!File.Exists(checkpoint))
        {
            throw new UserInputException($"--resume: {folder.Path} has no checkpoint ({checkpoint}); the run stopped before its first one.");
        }

        try
        {
            return A3CTrainer.Resume(folder.Path, environment.Factory, relay,
                config => config with { MaxFrames = settings.MaxFrames, MaxMinutes = settings.MaxMinutes },
                EvaluationEpisodeHeader.For(settings, environment));
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or FormatException)
        {
            throw new UserInputException($"--resume: checkpoint {checkpoint} is unreadable: {exception.Message}");
        }
    }

    private static TrainingSummary RunWithLogLines(
        A3CTrainer trainer, ObserverRelay relay, RunFolder folder, TrainSettings settings, ResumedMetrics resumed, ILogger log,
        CancellationToken cancellation)
    {
        using var observer = new RunObserver(folder, settings, resumed, log, _ => { });
        relay.Target = observer;
        return trainer.Run(cancellation);
    }

    private static TrainingSummary RunWithLiveDisplay(
        A3CTrainer trainer, ObserverRelay relay, RunFolder folder, TrainSettings settings, ResumedMetrics resumed, ILogger log,
        CancellationToken cancellation)
    {
        var title = $"SamRL · {Path.GetFileName(folder.Path)}";
        return AnsiConsole.Live(ProgressTable.Render(title, ProgressSnapshot.Initial)).Start(context =>
        {
            using var observer = new RunObserver(folder, settings, resumed, log, snapshot =>
            {
                context.UpdateTarget(ProgressTable.Render(title, snapshot));
            });
            relay.Target = observer;
            context.UpdateTarget(ProgressTable.Render(title, observer.Progress));
            return trainer.Run(cancellation);
        });
    }
}
