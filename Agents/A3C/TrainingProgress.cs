namespace SamRL.Agents.A3C;

/// <summary>The run's counters, as of one update (saved in checkpoints).</summary>
/// <param name="AgentSteps">Agent steps of all applied rollouts.</param>
/// <param name="Updates">Optimiser steps.</param>
/// <param name="TrainingEpisodes">Finished training episodes.</param>
internal readonly record struct TrainingProgress(long AgentSteps, long Updates, long TrainingEpisodes);

/// <summary>What a worker reports with its gradients: the rollout's length, losses, and the episode it finished (if any).</summary>
internal readonly record struct RolloutReport(int Steps, double PolicyLoss, double ValueLoss, double MeanEntropy, double? FinishedEpisodeReward);

/// <summary>Sums over the updates of one statistics interval.</summary>
internal struct IntervalSums
{
    public long Updates;
    public double PolicyLoss;
    public double ValueLoss;
    public double Entropy;
    public long Episodes;
    public double EpisodeReward;

    public void Add(in RolloutReport report)
    {
        Updates++;
        PolicyLoss += report.PolicyLoss;
        ValueLoss += report.ValueLoss;
        Entropy += report.MeanEntropy;
        if (report.FinishedEpisodeReward is { } reward)
        {
            Episodes++;
            EpisodeReward += reward;
        }
    }

    public readonly double Mean(double sum) => Updates == 0 ? double.NaN : sum / Updates;

    public readonly double MeanEpisodeReward => Episodes == 0 ? double.NaN : EpisodeReward / Episodes;
}

/// <summary>A consistent copy of the learner's state (see <see cref="SharedLearner.TakeSnapshot"/>); owns its tensors.</summary>
internal sealed record LearnerSnapshot(
    Dictionary<string, TorchSharp.torch.Tensor> Weights,
    IReadOnlyList<TorchSharp.torch.Tensor> OptimizerState,
    IReadOnlyList<long> OptimizerSteps,
    IReadOnlyList<(ulong, ulong, ulong, ulong)> WorkerRngStates,
    TrainingProgress Progress) : IDisposable
{
    public void Dispose()
    {
        foreach (var tensor in Weights.Values) tensor.Dispose();
        foreach (var tensor in OptimizerState) tensor.Dispose();
    }
}
