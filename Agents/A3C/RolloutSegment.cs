using SamRL.Agents.Networks;
using SamRL.Environments.Core;
using SamRL.Memory;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>
/// The computation of one A3C rollout segment (SAM_STM_REFERENCE §3.5), shared by <see cref="A3CWorker"/> and the
/// agent benchmark so that the benchmark times what training runs: <see cref="Act"/> per step (forward pass, action
/// sampled from π), <see cref="Reward"/> once the environment answered, then <see cref="Learn"/> (the A3C loss and
/// the gradients of the model's parameters). Allocated once per model; the step tensors belong to the caller's
/// dispose scope.
/// </summary>
/// <remarks>
/// Each step runs the recurrent half of the model with autograd (<see cref="ActorCritic.Advance"/>) and its readout
/// (for STM: distillation and head; then the actor and critic) without, only to sample the action. <see cref="Learn"/>
/// reads out all the segment's steps again as one batch with autograd, which gives the same loss and gradients as a
/// per-step forward pass, but the readout's weight gradients come from one product over the T steps instead of T
/// rank-1-sized products summed one by one (for STM's 9,216×96 distillation matrix that is most of its backward pass).
/// </remarks>
internal sealed class RolloutSegment
{
    private readonly ActorCritic model;
    private readonly Rollout rollout;
    private readonly A3CLoss loss;
    private Tensor[]? pendingReadoutInputs;
    private int pendingAction;

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
        if (pendingReadoutInputs is not null) throw new InvalidOperationException("the previous step has no reward yet");
        if (IsFull) throw new InvalidOperationException($"the segment already holds its {rollout.Capacity} steps");
        var (readoutInputs, next) = model.Advance(observation, state);
        using (no_grad())
        {
            using var scope = NewDisposeScope();
            var (logits, _) = model.Readout(readoutInputs);
            pendingAction = ActionSampler.Sample(logits.log_softmax(1).exp(), rng);
        }
        pendingReadoutInputs = readoutInputs;
        return (pendingAction, next);
    }

    /// <summary>Completes the step of the last <see cref="Act"/> with its (clipped) reward.</summary>
    public void Reward(double reward)
    {
        if (pendingReadoutInputs is null) throw new InvalidOperationException("no step is waiting for its reward");
        rollout.Add(pendingReadoutInputs, pendingAction, reward);
        pendingReadoutInputs = null;
    }

    /// <summary>V(s_T) of the observation after the last step, without autograd (the bootstrap of the returns).</summary>
    public double Bootstrap(Tensor observation, RecurrentState state)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        return model.forward(observation, state).Value.item<float>();
    }

    /// <summary>
    /// The loss of the completed steps with <paramref name="bootstrapValue"/> (0 after a terminal step), and the
    /// gradients of every parameter of the model (replacing the previous ones). Call <see cref="Clear"/> before the
    /// next segment.
    /// </summary>
    public RolloutLoss Learn(double bootstrapValue)
    {
        if (pendingReadoutInputs is not null) throw new InvalidOperationException("the last step has no reward yet");
        if (rollout.Count == 0) throw new InvalidOperationException("cannot learn from an empty segment");
        int count = rollout.Count;
        var (logits, values) = model.Readout(RecurrentCore.StackReadoutInputs(rollout.ReadoutInputs.ToArray()));
        var logProbabilities = logits.log_softmax(1);
        var entropies = -(logProbabilities * logProbabilities.exp()).sum(1);
        var actions = tensor(rollout.Actions.ToArray(), int64, logits.device).view(count, 1);
        var chosen = logProbabilities.gather(1, actions).view(count);
        var rolloutLoss = loss.Compute(values.view(count), chosen, entropies, rollout.Rewards, bootstrapValue);
        model.zero_grad();
        rolloutLoss.Total.backward();
        return rolloutLoss;
    }

    /// <summary>Forgets the steps.</summary>
    public void Clear()
    {
        rollout.Clear();
        pendingReadoutInputs = null;
    }
}
