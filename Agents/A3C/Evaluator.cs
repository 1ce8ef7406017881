using System.Text.Json;
using SamRL.Agents.Networks;
using SamRL.Environments.Core;
using SamRL.Environments.Episodes;
using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>
/// The concurrent evaluation loop (SAM_STM_REFERENCE §3.7): every <see cref="A3CConfig.EvaluationIntervalFrames"/>
/// training frames it copies the shared weights and plays <see cref="A3CConfig.EvaluationEpisodes"/> greedy
/// episodes, reports each one with the moving average of the last <see cref="A3CConfig.MovingAverageWindow"/>
/// rewards, writes its actions and rewards to an episode file (and, given an episode header, an episode-format
/// recording with state checksums), and saves the weights of every new best episode.
/// It takes a compute slot per <see cref="A3CConfig.RolloutLength"/> steps, like a worker, so it never
/// oversubscribes the CPU.
/// </summary>
internal sealed class Evaluator : IDisposable
{
    private static readonly JsonSerializerOptions EpisodeJson = new() { WriteIndented = false };

    private readonly object gate = new();
    private readonly A3CConfig config;
    private readonly IEnv<float, int> environment;
    private readonly ActorCritic model;
    private readonly SharedLearner learner;
    private readonly ComputeSlots computeSlots;
    private readonly RunLayout layout;
    private readonly Action<Action<ITrainingObserver>> report;
    private readonly EpisodeHeader? episodeHeader;
    private readonly ObservationStaging observation;
    private readonly Queue<double> recentRewards = new();
    private readonly List<int> actions;
    private readonly List<double> rewards;
    private Rng rng;
    private long episodes, cumulativeSteps, nextEvaluationFrames;
    private double bestReward = double.NaN;

    public Evaluator(A3CConfig config, IEnv<float, int> environment, ActorCritic model, SharedLearner learner,
        ComputeSlots computeSlots, RunLayout layout, Action<Action<ITrainingObserver>> report, EpisodeHeader? episodeHeader)
    {
        this.episodeHeader = episodeHeader;
        this.config = config;
        this.environment = environment;
        this.model = model;
        this.learner = learner;
        this.computeSlots = computeSlots;
        this.layout = layout;
        this.report = report;
        observation = new ObservationStaging(model.ObservationShape);
        actions = new List<int>(config.EvaluationMaxSteps);
        rewards = new List<double>(config.EvaluationMaxSteps);
        rng = new Rng(config.Seed + (ulong)config.Workers);
    }

    /// <summary>The counters, reward window and RNG state, for checkpoints.</summary>
    public EvaluationState State
    {
        get
        {
            lock (gate)
            {
                var (s0, s1, s2, s3) = rng.GetState();
                return new EvaluationState(episodes, cumulativeSteps, recentRewards.ToArray(), bestReward, nextEvaluationFrames, [s0, s1, s2, s3]);
            }
        }
    }

    /// <summary>Mean of the reward window (NaN before the first episode).</summary>
    public double MovingAverage
    {
        get
        {
            lock (gate) return recentRewards.Count == 0 ? double.NaN : recentRewards.Average();
        }
    }

    /// <summary>Restores the state saved in a checkpoint.</summary>
    public void Restore(EvaluationState state)
    {
        if (state.RngState.Length != 4) throw new InvalidDataException($"the checkpoint's evaluator RNG state has {state.RngState.Length} words; expected 4");
        lock (gate)
        {
            episodes = state.Episodes;
            cumulativeSteps = state.CumulativeSteps;
            recentRewards.Clear();
            foreach (var reward in state.RecentRewards.TakeLast(config.MovingAverageWindow)) recentRewards.Enqueue(reward);
            bestReward = state.BestReward;
            nextEvaluationFrames = state.NextEvaluationFrames;
            rng = Rng.FromState(state.RngState[0], state.RngState[1], state.RngState[2], state.RngState[3]);
        }
    }

    /// <summary>The evaluation thread's body.</summary>
    public void Run(CancellationToken stop)
    {
        set_num_threads(1);
        while (!stop.IsCancellationRequested)
        {
            long frames = learner.Progress.AgentSteps * config.FramesPerStep;
            if (frames < Volatile.Read(ref nextEvaluationFrames))
            {
                stop.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(20));
                continue;
            }
            learner.CopyWeightsTo(model);
            for (int episode = 0; episode < config.EvaluationEpisodes && !stop.IsCancellationRequested; episode++)
            {
                if (!PlayEpisode(frames, stop)) return;
            }
            lock (gate) nextEvaluationFrames = frames + config.EvaluationIntervalFrames;
        }
    }

    /// <summary>Plays one greedy episode with the current weights; false when cancelled before it ended.</summary>
    private bool PlayEpisode(long trainingFrames, CancellationToken stop)
    {
        ulong environmentSeed;
        long index;
        lock (gate)
        {
            environmentSeed = rng.NextUInt64();
            index = episodes + 1;
        }
        using var recording = episodeHeader is null ? null : new EvaluationRecording(layout.EvaluationRecordingFile(index), episodeHeader with
        {
            EnvironmentSeed = environmentSeed,
            AgentSeed = config.Seed,
            AgentId = $"a3c-{config.Core.ToString().ToLowerInvariant()}",
            CheckpointId = $"frames-{trainingFrames}",
        }, environment);
        observation.Write((recording is null ? environment.Reset(environmentSeed) : recording.Reset()).Observation);
        actions.Clear();
        rewards.Clear();
        bool done = false, truncated = false;
        var state = model.InitialState(1);
        try
        {
            while (!done && actions.Count < config.EvaluationMaxSteps)
            {
                try
                {
                    computeSlots.Enter(stop);
                }
                catch (OperationCanceledException)
                {
                    return false;
                }
                try
                {
                    for (int i = 0; i < config.RolloutLength && !done && actions.Count < config.EvaluationMaxSteps; i++)
                    {
                        using var scope = NewDisposeScope();
                        using var noGrad = no_grad();
                        var output = model.forward(observation.Input(), state);
                        int action = ActionSampler.Greedy(output.Logits);
                        var step = recording is null ? environment.Step(action) : recording.Step(action);
                        actions.Add(action);
                        rewards.Add(step.Reward);
                        observation.Write(step.Observation);
                        done = step.IsDone;
                        truncated = step.Truncated;
                        foreach (var tensor in output.State.Tensors) tensor.MoveToOuterDisposeScope();
                        state.Dispose();
                        state = output.State;
                    }
                }
                finally
                {
                    computeSlots.Exit();
                }
            }
        }
        finally
        {
            state.Dispose();
        }
        if (!done) recording?.CutAtStepLimit();
        Finish(index, trainingFrames, environmentSeed, truncated || !done, recording is null ? null : layout.EvaluationRecordingFile(index));
        return true;
    }

    private void Finish(long expectedIndex, long trainingFrames, ulong environmentSeed, bool truncated, string? recordingFile)
    {
        double reward = rewards.Sum();
        long index, cumulative;
        double movingAverage;
        bool isBest;
        lock (gate)
        {
            index = ++episodes;
            if (index != expectedIndex) throw new InvalidOperationException($"evaluation episode {expectedIndex} finished as number {index}");
            cumulative = cumulativeSteps += actions.Count;
            recentRewards.Enqueue(reward);
            while (recentRewards.Count > config.MovingAverageWindow) recentRewards.Dequeue();
            movingAverage = recentRewards.Average();
            isBest = double.IsNaN(bestReward) || reward > bestReward;
            if (isBest) bestReward = reward;
        }

        string episodeFile = layout.EvaluationEpisodeFile(index);
        var record = new EvaluationEpisodeRecord(index, trainingFrames, environmentSeed, reward, actions.Count, truncated, actions.ToArray(), rewards.ToArray());
        Directory.CreateDirectory(Path.GetDirectoryName(episodeFile)!);
        File.WriteAllText(episodeFile, JsonSerializer.Serialize(record, EpisodeJson));

        var episode = new EvaluationEpisode(index, reward, movingAverage, actions.Count, cumulative, trainingFrames, truncated, isBest, episodeFile)
        {
            RecordingFile = recordingFile,
        };
        report(observer => observer.OnEvaluationEpisode(episode));
        if (isBest)
        {
            Checkpoints.WriteBestModel(layout.BestModelFile, model, config, trainingFrames);
            var written = new CheckpointWritten(layout.BestModelFile, CheckpointKind.BestModel, trainingFrames);
            report(observer => observer.OnCheckpoint(written));
        }
    }

    public void Dispose()
    {
        observation.Dispose();
        model.Dispose();
        environment.Dispose();
    }
}
