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
/// Two parts of the model are computed once for the whole segment rather than step by step, because each step's
/// weight gradient there is a product with only one row (batch 1), and 20 of those cost several times one product
/// over 20 rows; gradients are those of a per-step forward pass up to float32 rounding (tested):
/// <list type="bullet">
/// <item>The readout (<see cref="RecurrentCore.Readout"/>; for STM its distillation, Eq. 14, and head; then the actor
/// and critic), which never feeds back into the state: each step runs it without autograd, only to sample the
/// action, and <see cref="Learn"/> reads the steps' readout inputs out again as one batch with autograd.</item>
/// <item>The core's input product (<see cref="RecurrentCore.ProjectInput"/>; the LSTM's W_ih·x): each step computes
/// it without autograd and continues from it as a leaf tensor; after the backward pass has given those leaves
/// their gradients, <see cref="Learn"/> recomputes the product over the segment's encoder features and
/// back-propagates the leaves' gradients through it, into W_ih and on into each step's encoder.</item>
/// <item>The weight gradient of the core's recurrent product (<see cref="RecurrentCore.RecurrentProduct"/>; the
/// LSTM's W_hh·h): the product itself must stay in the step, since h is recurrent, but each step uses the weights
/// without autograd, and the same back-propagation of the leaves' gradients runs through the product recomputed over
/// the states the steps started from. (A step adds both products, so its leaf's gradient is the gradient of each.)</item>
/// </list>
/// </remarks>
internal sealed class RolloutSegment
{
    private readonly ActorCritic model;
    private readonly Rollout rollout;
    private readonly A3CLoss loss;
    private readonly RolloutPhaseTimes? phaseTimes;   // the agent benchmark's breakdown; null in training
    private Tensor[]? pendingReadoutInputs;
    private Tensor? pendingFeatures;
    private Tensor? pendingProjection;
    private RecurrentState? pendingInputState;
    private int pendingAction;

    public RolloutSegment(ActorCritic model, A3CConfig config, RolloutPhaseTimes? phaseTimes = null)
    {
        this.model = model;
        rollout = new Rollout(config.RolloutLength);
        loss = new A3CLoss(config);
        this.phaseTimes = phaseTimes;
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
        phaseTimes?.Start();
        var features = model.Encode(observation);
        phaseTimes?.Lap(RolloutPhase.EncoderForward);
        Tensor projection;
        using (no_grad()) projection = model.Core.ProjectInput(features.detach());
        projection.requires_grad_();
        var (readoutInputs, next) = model.Core.AdvanceProjected(projection, state, deferRecurrentWeightGradients: true);
        phaseTimes?.Lap(RolloutPhase.CoreForward);
        using (no_grad())
        {
            using var scope = NewDisposeScope();
            var (logits, _) = model.Readout(readoutInputs);
            pendingAction = ActionSampler.Sample(logits.log_softmax(1).exp(), rng);
        }
        phaseTimes?.Lap(RolloutPhase.ActionReadout);
        (pendingFeatures, pendingProjection, pendingInputState, pendingReadoutInputs) = (features, projection, state, readoutInputs);
        return (pendingAction, next);
    }

    /// <summary>Completes the step of the last <see cref="Act"/> with its (clipped) reward.</summary>
    public void Reward(double reward)
    {
        if (pendingReadoutInputs is null || pendingFeatures is null || pendingProjection is null || pendingInputState is null)
            throw new InvalidOperationException("no step is waiting for its reward");
        rollout.Add(pendingFeatures, pendingProjection, pendingInputState, pendingReadoutInputs, pendingAction, reward);
        (pendingFeatures, pendingProjection, pendingInputState, pendingReadoutInputs) = (null, null, null, null);
    }

    /// <summary>V(s_T) of the observation after the last step, without autograd (the bootstrap of the returns).</summary>
    public double Bootstrap(Tensor observation, RecurrentState state)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        phaseTimes?.Start();
        double value = model.forward(observation, state).Value.item<float>();
        phaseTimes?.Lap(RolloutPhase.Bootstrap);
        return value;
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
        phaseTimes?.Start();
        var (logits, values) = model.Readout(RecurrentCore.StackReadoutInputs(rollout.ReadoutInputs.ToArray()));
        var logProbabilities = logits.log_softmax(1);
        var entropies = -(logProbabilities * logProbabilities.exp()).sum(1);
        var actions = tensor(rollout.Actions.ToArray(), int64, logits.device).view(count, 1);
        var chosen = logProbabilities.gather(1, actions).view(count);
        var rolloutLoss = loss.Compute(values.view(count), chosen, entropies, rollout.Rewards, bootstrapValue);
        model.zero_grad();
        phaseTimes?.Lap(RolloutPhase.ReadoutAndLoss);
        rolloutLoss.Total.backward();
        phaseTimes?.Lap(RolloutPhase.CoreBackward);
        var projections = model.Core.ProjectInput(cat(rollout.Features.ToArray(), 0));
        if (model.Core.RecurrentProduct(rollout.InputStates.ToArray()) is { } recurrentProducts)
            projections = projections.add(recurrentProducts, KeptScalars.One);
        if (projections.requires_grad) // false only for an identity projection of a frozen encoder: nothing to train there
            projections.backward([cat(rollout.Projections.ToArray().Select(leaf => leaf.grad ?? zeros_like(leaf)).ToArray(), 0)]);
        phaseTimes?.Lap(RolloutPhase.EncoderBackward);
        return rolloutLoss;
    }

    /// <summary>Forgets the steps.</summary>
    public void Clear()
    {
        rollout.Clear();
        (pendingFeatures, pendingProjection, pendingInputState, pendingReadoutInputs) = (null, null, null, null);
    }
}
