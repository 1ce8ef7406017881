namespace SamRL.Agents.A3C;

/// <summary>Why <see cref="A3CTrainer.Run"/> returned.</summary>
public enum StopReason
{
    /// <summary><see cref="A3CConfig.MaxFrames"/> was reached.</summary>
    MaxFrames,

    /// <summary><see cref="A3CConfig.MaxMinutes"/> was reached.</summary>
    MaxMinutes,

    /// <summary>The caller's cancellation token was cancelled.</summary>
    Cancelled,
}

/// <summary>What <see cref="A3CTrainer.Run"/> returns.</summary>
/// <param name="Reason">Why the run stopped.</param>
/// <param name="Frames">Training frames so far (all sessions).</param>
/// <param name="Updates">Optimiser steps so far.</param>
/// <param name="Elapsed">Training time so far (all sessions).</param>
/// <param name="EvaluationEpisodes">Evaluation episodes so far.</param>
/// <param name="BestEvaluationReward">Best evaluation reward so far (NaN when there was no evaluation).</param>
/// <param name="EvaluationMovingAverage">Moving average of the evaluation rewards (NaN when there was no evaluation).</param>
/// <param name="CheckpointPath">The final checkpoint, for <see cref="A3CTrainer.Resume"/>.</param>
public readonly record struct TrainingSummary(
    StopReason Reason,
    long Frames,
    long Updates,
    TimeSpan Elapsed,
    long EvaluationEpisodes,
    double BestEvaluationReward,
    double EvaluationMovingAverage,
    string CheckpointPath);
