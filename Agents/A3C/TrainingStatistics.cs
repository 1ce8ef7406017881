namespace SamRL.Agents.A3C;

/// <summary>Training progress over one statistics interval (see <see cref="ITrainingObserver.OnInterval"/>).</summary>
/// <param name="Frames">Emulator frames so far (all workers, all sessions of the run).</param>
/// <param name="AgentSteps">Agent steps so far.</param>
/// <param name="Updates">Optimiser steps so far (one per rollout).</param>
/// <param name="TrainingEpisodes">Training episodes finished so far.</param>
/// <param name="Elapsed">Training time so far, summed over resumed sessions.</param>
/// <param name="FramesPerSecond">Frames per second over this interval.</param>
/// <param name="PolicyLoss">Mean policy loss of the interval's updates (NaN when there were none).</param>
/// <param name="ValueLoss">Mean value loss Σ ½(R − V)² of the interval's updates (NaN when there were none).</param>
/// <param name="Entropy">Mean policy entropy per step over the interval's updates (NaN when there were none).</param>
/// <param name="MeanTrainingEpisodeReward">Mean unclipped reward of the training episodes finished in the interval (NaN when none).</param>
public readonly record struct TrainingStatistics(
    long Frames,
    long AgentSteps,
    long Updates,
    long TrainingEpisodes,
    TimeSpan Elapsed,
    double FramesPerSecond,
    double PolicyLoss,
    double ValueLoss,
    double Entropy,
    double MeanTrainingEpisodeReward);
