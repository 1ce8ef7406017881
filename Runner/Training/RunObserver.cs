using SamRL.Agents.A3C;
using SamRL.Runner.Progress;
using SamRL.Runner.Rendering;
using SamRL.Runner.Runs;
using SamRL.Runner.TensorBoard;
using Serilog;

namespace SamRL.Runner.Training;

/// <summary>
/// Receives the trainer's reports and writes them everywhere they are wanted: the log, <c>metrics.csv</c>,
/// the TensorBoard curves (all with the training frame count as their step), the reward plot, and the progress
/// display. Called on the trainer's thread, one report at a time.
/// </summary>
public sealed class RunObserver : ITrainingObserver, IDisposable
{
    private static readonly TimeSpan PlotRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly RunFolder folder;
    private readonly TrainSettings settings;
    private readonly ILogger log;
    private readonly Action<ProgressSnapshot> showProgress;
    private readonly TimeProvider clock;
    private readonly MetricsCsv metrics;
    private readonly TensorBoardEventFile tensorBoard;
    private readonly List<EvaluationPoint> curve;
    private readonly string plotTitle;
    private readonly ResumedMetrics resumed;
    private bool firstEvaluation = true;
    private ProgressSnapshot progress;
    private DateTimeOffset lastPlot = DateTimeOffset.MinValue;
    private bool plotIsStale;

    /// <summary>Opens the run's metrics and a new TensorBoard file, continuing <paramref name="resumed"/>'s history.</summary>
    public RunObserver(
        RunFolder folder, TrainSettings settings, ResumedMetrics resumed, ILogger log,
        Action<ProgressSnapshot> showProgress, TimeProvider? clock = null)
    {
        this.folder = folder;
        this.settings = settings;
        this.log = log;
        this.showProgress = showProgress;
        this.clock = clock ?? TimeProvider.System;
        this.resumed = resumed;
        curve = [.. resumed.Evaluations];
        plotTitle = $"{settings.Game} — {settings.Core}, frame skip {settings.FrameSkip}";
        progress = ProgressSnapshot.Initial with
        {
            Frames = resumed.CheckpointFrames,
            EvaluationEpisodes = curve.Count,
            AverageReward = curve.Count > 0 ? curve[^1].AverageReward100 : double.NaN,
            BestReward = curve.Count > 0 ? curve.Max(point => point.Reward) : double.NaN,
        };
        metrics = MetricsCsv.Open(folder.MetricsFile);
        tensorBoard = TensorBoardEventFile.Create(folder.TensorBoardDirectory, this.clock);
        if (resumed.CheckpointFrames > 0)
        {
            tensorBoard.WriteSessionStart(resumed.CheckpointFrames);
        }
    }

    /// <summary>The latest progress.</summary>
    public ProgressSnapshot Progress => progress;

    /// <inheritdoc />
    public void OnInterval(TrainingStatistics statistics)
    {
        metrics.AppendInterval(
            statistics.Elapsed.TotalSeconds, statistics.Frames, statistics.FramesPerSecond, statistics.TrainingEpisodes,
            statistics.PolicyLoss, statistics.ValueLoss, statistics.Entropy);
        WriteScalar("train/frames_per_second", statistics.Frames, statistics.FramesPerSecond);
        WriteScalar("train/policy_loss", statistics.Frames, statistics.PolicyLoss);
        WriteScalar("train/value_loss", statistics.Frames, statistics.ValueLoss);
        WriteScalar("train/entropy", statistics.Frames, statistics.Entropy);
        WriteScalar("train/episode_reward", statistics.Frames, statistics.MeanTrainingEpisodeReward);
        tensorBoard.Flush();

        progress = progress with
        {
            Frames = statistics.Frames,
            FramesPerSecond = double.IsFinite(statistics.FramesPerSecond) ? statistics.FramesPerSecond : progress.FramesPerSecond,
            TrainingEpisodes = statistics.TrainingEpisodes,
            Elapsed = statistics.Elapsed,
        };
        progress = progress with
        {
            TimeLeft = TimeLeftEstimate.Compute(
                progress.Frames, progress.FramesPerSecond, progress.Elapsed, settings.MaxFrames, settings.MaxMinutes),
        };
        log.Information("{Progress}", progress.ToLogLine());
        showProgress(progress);
        RefreshPlotIfDue();
    }

    /// <inheritdoc />
    public void OnEvaluationEpisode(EvaluationEpisode episode)
    {
        if (firstEvaluation)
        {
            firstEvaluation = false;
            foreach (var logged in resumed.Restorable(episode.Index))
            {
                metrics.AppendLoggedRow(logged.Line);
                WriteScalar("eval/reward", logged.Frames, logged.Point.Reward);
                WriteScalar("eval/average_reward_100", logged.Frames, logged.Point.AverageReward100);
                curve.Add(logged.Point);
            }
        }

        metrics.AppendEvaluation(
            progress.Elapsed.TotalSeconds, episode.TrainingFrames, episode.Index, episode.Reward, episode.MovingAverage);
        WriteScalar("eval/reward", episode.TrainingFrames, episode.Reward);
        WriteScalar("eval/average_reward_100", episode.TrainingFrames, episode.MovingAverage);
        tensorBoard.Flush();
        curve.Add(new EvaluationPoint(episode.Index, episode.Reward, episode.MovingAverage));
        progress = progress with
        {
            EvaluationEpisodes = episode.Index,
            AverageReward = episode.MovingAverage,
            BestReward = double.IsNaN(progress.BestReward) ? episode.Reward : Math.Max(progress.BestReward, episode.Reward),
        };
        log.Information(
            "evaluation episode {Index}: reward {Reward}, 100-episode average {Average:0.00}, {Steps} steps{Best}",
            episode.Index, episode.Reward, episode.MovingAverage, episode.Steps, episode.IsBest ? " (best so far)" : "");
        showProgress(progress);
        plotIsStale = true;
        RefreshPlotIfDue();
    }

    /// <inheritdoc />
    public void OnCheckpoint(CheckpointWritten checkpoint)
    {
        if (checkpoint.Kind != CheckpointKind.BestModel)
        {
            metrics.AppendCheckpoint(progress.Elapsed.TotalSeconds, checkpoint.Frames);
        }

        log.Information("{Kind:l} checkpoint at {Frames:N0} frames: {Path}", checkpoint.Kind.ToString(), checkpoint.Frames, checkpoint.Path);
    }

    /// <summary>Draws the final plot and closes the files.</summary>
    public void Dispose()
    {
        if (plotIsStale || !File.Exists(folder.RewardPlotFile))
        {
            RewardCurvePlot.Save(folder.RewardPlotFile, plotTitle, curve);
        }

        metrics.Dispose();
        tensorBoard.Dispose();
    }

    private void WriteScalar(string tag, long step, double value)
    {
        if (double.IsFinite(value))
        {
            tensorBoard.WriteScalar(tag, step, value);
        }
    }

    private void RefreshPlotIfDue()
    {
        var now = clock.GetUtcNow();
        if (!plotIsStale || now - lastPlot < PlotRefreshInterval)
        {
            return;
        }

        RewardCurvePlot.Save(folder.RewardPlotFile, plotTitle, curve);
        lastPlot = now;
        plotIsStale = false;
    }
}
