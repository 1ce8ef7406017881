using SamRL.Agents.Networks;
using SamRL.Environments.Core;
using SamRL.Memory;
using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>
/// One A3C training worker (SAM_STM_REFERENCE §3.5): its own environment, local model and RNG. Each segment it
/// rolls out up to <see cref="A3CConfig.RolloutLength"/> steps from the carried recurrent state (detached, so
/// back-propagation is truncated at the segment start; the initial state at an episode start, so gradients reach
/// learned initial memories), computes the A3C loss, back-propagates, and hands the gradients to the
/// <see cref="SharedLearner"/>, which also refreshes the local weights.
/// </summary>
internal sealed class A3CWorker : IDisposable
{
    private readonly int index;
    private readonly A3CConfig config;
    private readonly IEnv<float, int> environment;
    private readonly ActorCritic local;
    private readonly SharedLearner learner;
    private readonly ComputeSlots computeSlots;
    private readonly Rng rng;
    private readonly RolloutSegment segment;
    private readonly ObservationStaging observation;
    private RecurrentState? carriedState;
    private double episodeReward;
    private bool learnedOnce;

    public A3CWorker(int index, A3CConfig config, IEnv<float, int> environment, ActorCritic local, SharedLearner learner, ComputeSlots computeSlots)
    {
        this.index = index;
        this.config = config;
        this.environment = environment;
        this.local = local;
        this.learner = learner;
        this.computeSlots = computeSlots;
        var (s0, s1, s2, s3) = learner.WorkerRngState(index);
        rng = Rng.FromState(s0, s1, s2, s3);
        segment = new RolloutSegment(local, config);
        observation = new ObservationStaging(local.ObservationShape);
    }

    /// <summary>The worker thread's body: runs segments until <paramref name="stop"/> is cancelled or the frame limit is reached.</summary>
    public void Run(CancellationToken stop)
    {
        set_num_threads(1);
        learner.CopyWeightsTo(local);
        observation.Write(environment.Reset(rng.NextUInt64()).Observation);
        while (!stop.IsCancellationRequested && !FrameLimitReached())
        {
            try
            {
                computeSlots.Enter(stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            try
            {
                RunSegment();
            }
            finally
            {
                computeSlots.Exit();
            }
        }
    }

    private bool FrameLimitReached() =>
        config.MaxFrames is { } maxFrames && learner.Progress.AgentSteps * config.FramesPerStep >= maxFrames;

    private void RunSegment()
    {
        using var scope = NewDisposeScope();
        var state = carriedState ?? local.InitialState(1);
        bool terminated = false, truncated = false;
        segment.Clear();
        while (!segment.IsFull)
        {
            (int action, state) = segment.Act(observation.Input(), state, rng);
            var step = environment.Step(action);
            double reward = step.Reward;
            episodeReward += reward;
            segment.Reward(Clip(reward));
            observation.Write(step.Observation);
            terminated = step.Terminated;
            truncated = step.Truncated;
            if (step.IsDone) break;
        }

        double bootstrap = terminated ? 0 : segment.Bootstrap(observation.Input(), state);
        var rolloutLoss = learnedOnce ? segment.Learn(bootstrap) : FirstBackwardGate.Run(() => segment.Learn(bootstrap));
        learnedOnce = true;
        if (config.MaxGradientNorm is { } maxNorm) nn.utils.clip_grad_norm_(local.parameters(), maxNorm);

        double? finishedEpisode = null;
        var previous = carriedState;
        if (terminated || truncated)
        {
            finishedEpisode = episodeReward;
            episodeReward = 0;
            carriedState = null;
            observation.Write(environment.Reset().Observation);
        }
        else
        {
            carriedState = state.Detach();
            foreach (var tensor in carriedState.Tensors) tensor.MoveToOuterDisposeScope();
        }
        previous?.Dispose();

        learner.Apply(local, index, rng, new RolloutReport(segment.Count, rolloutLoss.PolicyLoss, rolloutLoss.ValueLoss, rolloutLoss.MeanEntropy, finishedEpisode));
        segment.Clear();
    }

    private double Clip(double reward) =>
        config.RewardClip is { } bound ? Math.Clamp(reward, -bound, bound) : reward;

    public void Dispose()
    {
        carriedState?.Dispose();
        observation.Dispose();
        local.Dispose();
        environment.Dispose();
    }
}
