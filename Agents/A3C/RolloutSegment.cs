using SamRL.Agents.Networks;
using SamRL.Environments.Core;
using SamRL.Memory;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>
/// The computation of one A3C rollout segment (SAM_STM_REFERENCE §3.5), shared by <see cref="A3CWorker"/> and the
/// agent benchmark so that the benchmark times what training runs: <see cref="Act"/> per step (forward pass, action
/// sampled from π, entropy), <see cref="Reward"/> once the environment answered, then <see cref="Learn"/> (the A3C
/// loss and the gradients of the model's parameters). Allocated once per model; the step tensors belong to the
/// caller's dispose scope.
/// </summary>
internal sealed class RolloutSegment
{
    private readonly ActorCritic model;
    private readonly Rollout rollout;
    private readonly A3CLoss loss;
    private Tensor? pendingValue;
    private Tensor? pendingLogProbability;
    private Tensor? pendingEntropy;

    public RolloutSegment(ActorCritic model, A3CConfig config)
    {
        this.model = model;
        rollout = new Rollout(config.RolloutLength);
        loss = new A3CLoss(config);
    }

    /// <summary>Completed steps (acted and rewarded).</summary>
    public int Count => rollout.Count;

    /// <summary>Whether the segment holds its <see cref="A3CConfig.RolloutLength"/> steps.</summary>
    public bool IsFull => rollout.Count == rollout.Capacity;

    /// <summary>
    /// One step on <paramref name="observation"/> from <paramref name="state"/>: samples the action with
    /// <paramref name="rng"/> and returns it with the next state. Follow with <see cref="Reward"/>.
    /// </summary>
    public (int Action, RecurrentState State) Act(Tensor observation, RecurrentState state, Rng rng)
    {
        if (pendingValue is not null) throw new InvalidOperationException("the previous step has no reward yet");
        if (IsFull) throw new InvalidOperationException($"the segment already holds its {rollout.Capacity} steps");
        var output = model.forward(observation, state);
        var logProbabilities = output.Logits.log_softmax(1);
        var probabilities = logProbabilities.exp();
        int action = ActionSampler.Sample(probabilities, rng);
        pendingValue = output.Value;
        pendingLogProbability = logProbabilities[0, action];
        pendingEntropy = -(logProbabilities * probabilities).sum();
        return (action, output.State);
    }

    /// <summary>Completes the step of the last <see cref="Act"/> with its (clipped) reward.</summary>
    public void Reward(double reward)
    {
        if (pendingValue is null || pendingLogProbability is null || pendingEntropy is null)
            throw new InvalidOperationException("no step is waiting for its reward");
        rollout.Add(pendingValue, pendingLogProbability, pendingEntropy, reward);
        pendingValue = pendingLogProbability = pendingEntropy = null;
    }

    /// <summary>V(s_T) of the observation after the last step, without autograd (the bootstrap of the returns).</summary>
    public double Bootstrap(Tensor observation, RecurrentState state)
    {
        using var noGrad = no_grad();
        return model.forward(observation, state).Value.item<float>();
    }

    /// <summary>
    /// The loss of the completed steps with <paramref name="bootstrapValue"/> (0 after a terminal step), and the
    /// gradients of every parameter of the model (replacing the previous ones). Call <see cref="Clear"/> before the
    /// next segment.
    /// </summary>
    public RolloutLoss Learn(double bootstrapValue)
    {
        if (pendingValue is not null) throw new InvalidOperationException("the last step has no reward yet");
        var rolloutLoss = loss.Compute(rollout, bootstrapValue);
        model.zero_grad();
        rolloutLoss.Total.backward();
        return rolloutLoss;
    }

    /// <summary>Forgets the steps.</summary>
    public void Clear()
    {
        rollout.Clear();
        pendingValue = pendingLogProbability = pendingEntropy = null;
    }
}
