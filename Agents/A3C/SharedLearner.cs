using SamRL.Agents.Networks;
using SamRL.Environments.Core;
using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>
/// The shared model and its optimiser, and the hand-off of the workers' gradients.
/// <para><b>Hand-off scheme (no update is lost).</b> A worker back-propagates into its <i>local</i> model, then calls
/// <see cref="Apply"/>, which under one lock (1) runs the Adam step on the shared parameters with the local
/// gradients, (2) copies the updated shared weights back into the local model for the next rollout, and (3)
/// records the update's counters and the worker's RNG state. Every rollout's gradient is therefore applied exactly
/// once and in full, to weights no other thread is writing, unlike the authors' lock-free Hogwild updates where
/// concurrent writes to the shared moments can overwrite each other. The lock is held only for the optimiser step
/// and a weight copy (a few milliseconds against a rollout of ~100 ms), so workers rarely wait on it.</para>
/// <para>Snapshots for checkpoints are taken under the same lock, so weights, optimiser state, counters and RNG
/// states always belong to the same update.</para>
/// </summary>
internal sealed class SharedLearner : IDisposable
{
    private readonly object gate = new();
    private readonly ActorCritic model;
    private readonly SharedAdam optimizer;
    private readonly A3CConfig config;
    private readonly (ulong, ulong, ulong, ulong)[] workerRngStates;
    private TrainingProgress progress;
    private IntervalSums interval;

    public SharedLearner(ActorCritic model, A3CConfig config, IReadOnlyList<Rng> workerRngs)
    {
        this.model = model;
        this.config = config;
        optimizer = new SharedAdam(model, config.LearningRate, config.Beta1, config.Beta2, config.AdamEpsilon, config.AmsGrad);
        workerRngStates = workerRngs.Select(rng => rng.GetState()).ToArray();
    }

    /// <summary>The shared model. Read its weights only through <see cref="CopyWeightsTo"/> or <see cref="TakeSnapshot"/>.</summary>
    public ActorCritic Model => model;

    /// <summary>The counters as of the last update.</summary>
    public TrainingProgress Progress
    {
        get
        {
            lock (gate) return progress;
        }
    }

    /// <summary>Copies the shared weights into <paramref name="local"/>.</summary>
    public void CopyWeightsTo(ActorCritic local)
    {
        lock (gate) CopyParameters(model, local);
    }

    /// <summary>
    /// Applies the gradients in <paramref name="local"/> to the shared model, refreshes <paramref name="local"/> with
    /// the new shared weights, and records the rollout (see the class remarks).
    /// </summary>
    public void Apply(ActorCritic local, int workerIndex, Rng workerRng, in RolloutReport report)
    {
        var gradients = local.parameters().Select(parameter => parameter.grad).ToArray();
        lock (gate)
        {
            optimizer.Step(gradients);
            CopyParameters(model, local);
            workerRngStates[workerIndex] = workerRng.GetState();
            progress = progress with
            {
                AgentSteps = progress.AgentSteps + report.Steps,
                Updates = progress.Updates + 1,
                TrainingEpisodes = progress.TrainingEpisodes + (report.FinishedEpisodeReward is null ? 0 : 1),
            };
            interval.Add(report);
        }
    }

    /// <summary>Returns the loss and episode sums since the previous call and starts new ones.</summary>
    public IntervalSums TakeIntervalSums()
    {
        lock (gate)
        {
            var sums = interval;
            interval = default;
            return sums;
        }
    }

    /// <summary>A consistent copy of everything a checkpoint holds (weights, optimiser state, counters, RNG states).</summary>
    public LearnerSnapshot TakeSnapshot()
    {
        lock (gate)
        {
            using var noGrad = no_grad();
            var weights = model.state_dict().ToDictionary(entry => entry.Key, entry => entry.Value.clone().DetachFromDisposeScope());
            var optimizerState = optimizer.StateTensors().Select(tensor => tensor.clone().DetachFromDisposeScope()).ToArray();
            return new LearnerSnapshot(weights, optimizerState, optimizer.Steps.ToArray(), workerRngStates.ToArray(), progress);
        }
    }

    /// <summary>Restores a snapshot read from a checkpoint (before any worker starts).</summary>
    public void Restore(LearnerSnapshot snapshot)
    {
        lock (gate)
        {
            using var noGrad = no_grad();
            var (missing, unexpected) = model.load_state_dict(snapshot.Weights, strict: true);
            if (missing.Count > 0 || unexpected.Count > 0)
                throw new InvalidDataException($"the checkpoint's weights do not fit this model (missing: {string.Join(", ", missing)}; unexpected: {string.Join(", ", unexpected)})");
            var targets = optimizer.StateTensors().ToArray();
            if (targets.Length != snapshot.OptimizerState.Count)
                throw new InvalidDataException($"the checkpoint has {snapshot.OptimizerState.Count} optimiser tensors; this model needs {targets.Length}");
            for (int i = 0; i < targets.Length; i++) targets[i].copy_(snapshot.OptimizerState[i]);
            optimizer.RestoreSteps(snapshot.OptimizerSteps);
            if (snapshot.WorkerRngStates.Count != workerRngStates.Length)
                throw new InvalidDataException($"the checkpoint has {snapshot.WorkerRngStates.Count} workers; this run has {workerRngStates.Length}");
            for (int i = 0; i < workerRngStates.Length; i++) workerRngStates[i] = snapshot.WorkerRngStates[i];
            progress = snapshot.Progress;
        }
    }

    /// <summary>The RNG state worker <paramref name="workerIndex"/> resumes from.</summary>
    public (ulong, ulong, ulong, ulong) WorkerRngState(int workerIndex)
    {
        lock (gate) return workerRngStates[workerIndex];
    }

    private static void CopyParameters(ActorCritic source, ActorCritic destination)
    {
        using var noGrad = no_grad();
        using var sourceParameters = source.parameters().GetEnumerator();
        foreach (var parameter in destination.parameters())
        {
            sourceParameters.MoveNext();
            parameter.copy_(sourceParameters.Current);
        }
    }

    public void Dispose() => optimizer.Dispose();
}
