using System.Collections.Concurrent;
using System.Diagnostics;
using SamRL.Agents.Networks;
using SamRL.Environments.Core;
using SamRL.Environments.Episodes;
using SamRL.Environments.Spaces;

namespace SamRL.Agents.A3C;

/// <summary>
/// Asynchronous advantage actor-critic (A3C) as the authors run it (SAM_STM_REFERENCE §3.5–§3.7):
/// <see cref="A3CConfig.Workers"/> worker threads, each with its own environment, local model and RNG, train one
/// shared <see cref="ActorCritic"/> through a shared AMSGrad Adam; an evaluation thread plays greedy episodes on a
/// schedule; checkpoints are written periodically and at the end, atomically, and <see cref="Resume"/> continues
/// a run from its last one.
/// <para><b>Threads and CPU.</b> Every worker and the evaluator use one intra-op thread
/// (<c>torch.set_num_threads(1)</c>) and must hold one of <see cref="A3CConfig.ResolvedConcurrentWorkers"/> compute
/// slots (a first-come, first-served gate, by default one slot per processor) while they step their environment and
/// compute. More workers than cores therefore take turns, in order, instead of oversubscribing the CPU; each still owns its environment and
/// recurrent state, so the algorithm (many decorrelated actors) is unchanged.</para>
/// <para><b>Gradient hand-off.</b> See <see cref="SharedLearner"/>: one lock around "Adam step with my gradients,
/// then copy the new weights back", so no update is lost or half-applied.</para>
/// <para><b>Environments.</b> The factory is called with 0 … Workers − 1 for the workers and with
/// <see cref="EvaluationEnvironmentIndex"/> for the evaluator; it should build the full stack (for Atari: AtariEnv
/// and the wrappers of §3.1) whose observations are the network's input. The trainer seeds each environment on its
/// first reset from the owner's RNG (worker k: <c>Rng(Seed + k)</c>), clips training rewards itself
/// (<see cref="A3CConfig.RewardClip"/>), and reports unclipped rewards.</para>
/// <para><b>Observer calls</b> all happen on the thread that called <see cref="Run"/>.</para>
/// </summary>
public sealed class A3CTrainer : IDisposable
{
    private readonly A3CConfig config;
    private readonly Func<int, IEnv<float, int>> environmentFactory;
    private readonly ITrainingObserver observer;
    private readonly ActorCriticOptions networkOptions;
    private readonly SharedLearner learner;
    private readonly Evaluator evaluator;
    private readonly ComputeSlots computeSlots;
    private readonly ConcurrentQueue<Action<ITrainingObserver>> reports = new();
    private TimeSpan elapsedBefore;
    private TimeSpan lastStatisticsTime;
    private long lastStatisticsFrames;
    private bool started;

    /// <summary>
    /// Prepares a new run in <paramref name="runDirectory"/> (created when missing). Builds the evaluation environment
    /// right away to learn the observation shape and the number of actions, and the shared model from them.
    /// </summary>
    /// <param name="config">The run's settings; validated here.</param>
    /// <param name="environmentFactory">Builds the environment of a worker index (see the class remarks).</param>
    /// <param name="runDirectory">The run folder; see <see cref="RunLayout"/> for what is written there.</param>
    /// <param name="observer">Receives progress reports; null for none.</param>
    /// <param name="evaluationEpisodeHeader">
    /// When given, every evaluation episode is also recorded in SamRL's episode-file format
    /// (<see cref="RunLayout.EvaluationRecordingFile"/>) with this header's environment id, settings and ROM; the
    /// trainer fills in the seeds, the agent id and the checkpoint id. Use <c>HasStateChecksums = false</c> for
    /// environments without state checksums.
    /// </param>
    public A3CTrainer(A3CConfig config, Func<int, IEnv<float, int>> environmentFactory, string runDirectory, ITrainingObserver? observer = null,
        EpisodeHeader? evaluationEpisodeHeader = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(environmentFactory);
        config.Validate();
        evaluationEpisodeHeader?.Validate();
        this.config = config;
        this.environmentFactory = environmentFactory;
        this.observer = observer ?? new SilentObserver();
        Layout = new RunLayout(runDirectory);
        Directory.CreateDirectory(Layout.RunDirectory);

        var evaluationEnvironment = CreateEnvironment(EvaluationEnvironmentIndex(config));
        try
        {
            var (shape, actionCount) = Describe(evaluationEnvironment, EvaluationEnvironmentIndex(config));
            networkOptions = config.NetworkOptions(shape, actionCount);
            var shared = ActorCritic.Create(networkOptions);
            var workerRngs = Enumerable.Range(0, config.Workers).Select(k => new Rng(config.Seed + (ulong)k)).ToArray();
            learner = new SharedLearner(shared, config, workerRngs);
            computeSlots = new ComputeSlots(config.ResolvedConcurrentWorkers);
            evaluator = new Evaluator(config, evaluationEnvironment, ActorCritic.Create(networkOptions), learner,
                computeSlots, Layout, reports.Enqueue, evaluationEpisodeHeader);
        }
        catch
        {
            evaluationEnvironment.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Continues the run in <paramref name="runDirectory"/> from its checkpoint (<see cref="RunLayout.CheckpointFile"/>):
    /// weights, optimiser state, counters (frames, updates, episodes, training time, evaluation history) and RNG
    /// states are restored exactly. Episodes that were running when the checkpoint was taken start afresh (the
    /// environments' internal state is not part of a checkpoint).
    /// </summary>
    /// <param name="runDirectory">A run folder written by an earlier <see cref="Run"/>.</param>
    /// <param name="environmentFactory">Builds the environments, as for the original run.</param>
    /// <param name="observer">Receives progress reports; null for none.</param>
    /// <param name="adjust">
    /// Changes the saved configuration, e.g. to raise <see cref="A3CConfig.MaxFrames"/>; the network, the workers and
    /// the seed must stay the same.
    /// </param>
    /// <param name="evaluationEpisodeHeader">As for the constructor: records evaluation episodes in the episode-file format.</param>
    public static A3CTrainer Resume(string runDirectory, Func<int, IEnv<float, int>> environmentFactory,
        ITrainingObserver? observer = null, Func<A3CConfig, A3CConfig>? adjust = null, EpisodeHeader? evaluationEpisodeHeader = null)
    {
        var layout = new RunLayout(runDirectory);
        var (metadata, weights, optimizerState) = CheckpointFile.Read(layout.CheckpointFile);
        var snapshot = new LearnerSnapshot(weights, optimizerState, metadata.OptimizerSteps,
            metadata.WorkerRngStates.Select(ToTuple).ToArray(),
            new TrainingProgress(metadata.AgentSteps, metadata.Updates, metadata.TrainingEpisodes));
        using (snapshot)
        {
            if (!metadata.HasTrainingState || metadata.Evaluation is null)
                throw new InvalidDataException($"'{layout.CheckpointFile}' holds weights only; a run can resume only from a full checkpoint");
            var saved = metadata.Config;
            var config = adjust is null ? saved : adjust(saved);
            if (config.Core != saved.Core || config.Encoder != saved.Encoder || config.LstmSize != saved.LstmSize
                || config.Workers != saved.Workers || config.Seed != saved.Seed)
                throw new ArgumentException(
                    $"a resumed run must keep {nameof(A3CConfig.Core)}, {nameof(A3CConfig.Encoder)}, {nameof(A3CConfig.LstmSize)}, " +
                    $"{nameof(A3CConfig.Workers)} and {nameof(A3CConfig.Seed)} of '{layout.CheckpointFile}'", nameof(adjust));
            var trainer = new A3CTrainer(config, environmentFactory, runDirectory, observer, evaluationEpisodeHeader);
            try
            {
                trainer.learner.Restore(snapshot);
                trainer.evaluator.Restore(metadata.Evaluation);
                trainer.elapsedBefore = TimeSpan.FromSeconds(metadata.ElapsedSeconds);
            }
            catch
            {
                trainer.Dispose();
                throw;
            }
            return trainer;
        }
    }

    /// <summary>The factory index of the evaluation environment: <see cref="A3CConfig.Workers"/> (one past the last worker).</summary>
    public static int EvaluationEnvironmentIndex(A3CConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Workers;
    }

    /// <summary>The run's settings.</summary>
    public A3CConfig Config => config;

    /// <summary>Where the run's files go.</summary>
    public RunLayout Layout { get; }

    /// <summary>
    /// The shared model. Its weights change while <see cref="Run"/> is running; read it only before or after.
    /// </summary>
    public ActorCritic Model => learner.Model;

    /// <summary>
    /// Trains until <see cref="A3CConfig.MaxFrames"/> or <see cref="A3CConfig.MaxMinutes"/> is reached or
    /// <paramref name="cancellationToken"/> is cancelled, then stops the threads, writes the final checkpoint and
    /// returns. Can be called once per trainer. Rethrows (as <see cref="AggregateException"/>) the first failure of a
    /// worker or the evaluator, after stopping the others and writing the checkpoint.
    /// </summary>
    public TrainingSummary Run(CancellationToken cancellationToken = default)
    {
        if (started) throw new InvalidOperationException("this trainer has already run; create a new one or resume from its run folder");
        started = true;

        var workers = new List<A3CWorker>(config.Workers);
        var failures = new ConcurrentQueue<Exception>();
        using var stop = new CancellationTokenSource();
        var threads = new List<Thread>();
        var clock = Stopwatch.StartNew();
        StopReason reason;
        try
        {
            for (int k = 0; k < config.Workers; k++)
            {
                var environment = CreateEnvironment(k);
                Describe(environment, k);
                workers.Add(new A3CWorker(k, config, environment, ActorCritic.Create(networkOptions), learner, computeSlots));
            }
            foreach (var worker in workers) threads.Add(StartThread($"a3c-worker-{threads.Count}", () => worker.Run(stop.Token), failures, stop));
            threads.Add(StartThread("a3c-evaluator", () => evaluator.Run(stop.Token), failures, stop));
            reason = Monitor(clock, failures, threads, cancellationToken);
        }
        finally
        {
            stop.Cancel();
            foreach (var thread in threads) thread.Join();
            foreach (var worker in workers) worker.Dispose();
        }

        DrainReports();
        var elapsed = elapsedBefore + clock.Elapsed;
        ReportInterval(clock.Elapsed);
        var progress = learner.Progress;
        string checkpoint = WriteCheckpoint(CheckpointKind.Final, elapsed);
        if (!failures.IsEmpty) throw new AggregateException("an A3C thread failed; the run stopped after writing its checkpoint", failures);
        var evaluation = evaluator.State;
        return new TrainingSummary(reason, progress.AgentSteps * config.FramesPerStep, progress.Updates, elapsed,
            evaluation.Episodes, evaluation.BestReward, evaluator.MovingAverage, checkpoint);
    }

    private StopReason Monitor(Stopwatch clock, ConcurrentQueue<Exception> failures, List<Thread> threads, CancellationToken cancellationToken)
    {
        var nextStatistics = config.StatisticsInterval;
        var nextCheckpoint = config.CheckpointInterval;
        lastStatisticsFrames = learner.Progress.AgentSteps * config.FramesPerStep;
        while (true)
        {
            DrainReports();
            var now = clock.Elapsed;
            long frames = learner.Progress.AgentSteps * config.FramesPerStep;
            if (cancellationToken.IsCancellationRequested || !failures.IsEmpty) return StopReason.Cancelled;
            if (config.MaxFrames is { } maxFrames && frames >= maxFrames) return StopReason.MaxFrames;
            if (config.MaxMinutes is { } maxMinutes && (elapsedBefore + now).TotalMinutes >= maxMinutes) return StopReason.MaxMinutes;
            if (now >= nextStatistics)
            {
                ReportInterval(now);
                nextStatistics = now + config.StatisticsInterval;
            }
            if (now >= nextCheckpoint)
            {
                WriteCheckpoint(CheckpointKind.Periodic, elapsedBefore + now);
                nextCheckpoint = now + config.CheckpointInterval;
            }
            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(20));
        }
    }

    /// <summary>Reports the interval that ends at <paramref name="now"/> (time since this session started).</summary>
    private void ReportInterval(TimeSpan now)
    {
        var progress = learner.Progress;
        var sums = learner.TakeIntervalSums();
        long frames = progress.AgentSteps * config.FramesPerStep;
        var intervalTime = now - lastStatisticsTime;
        var statistics = new TrainingStatistics(
            frames, progress.AgentSteps, progress.Updates, progress.TrainingEpisodes, elapsedBefore + now,
            intervalTime > TimeSpan.Zero ? (frames - lastStatisticsFrames) / intervalTime.TotalSeconds : 0,
            sums.Mean(sums.PolicyLoss), sums.Mean(sums.ValueLoss), sums.Mean(sums.Entropy), sums.MeanEpisodeReward);
        lastStatisticsTime = now;
        lastStatisticsFrames = frames;
        observer.OnInterval(statistics);
    }

    private string WriteCheckpoint(CheckpointKind kind, TimeSpan elapsed)
    {
        using var snapshot = learner.TakeSnapshot();
        Checkpoints.WriteFull(Layout.CheckpointFile, config, learner.Model, snapshot, evaluator.State, elapsed);
        observer.OnCheckpoint(new CheckpointWritten(Layout.CheckpointFile, kind, snapshot.Progress.AgentSteps * config.FramesPerStep));
        return Layout.CheckpointFile;
    }

    private void DrainReports()
    {
        while (reports.TryDequeue(out var report)) report(observer);
    }

    private static Thread StartThread(string name, Action body, ConcurrentQueue<Exception> failures, CancellationTokenSource stop)
    {
        var thread = new Thread(() =>
        {
            try
            {
                body();
            }
            catch (Exception exception)
            {
                failures.Enqueue(exception);
                stop.Cancel();
            }
        })
        {
            Name = name,
            IsBackground = true,
        };
        thread.Start();
        return thread;
    }

    private IEnv<float, int> CreateEnvironment(int index) =>
        environmentFactory(index) ?? throw new InvalidOperationException($"the environment factory returned null for index {index}");

    /// <summary>The observation shape and action count of <paramref name="environment"/>, checked against what A3C supports.</summary>
    private (int[] Shape, int ActionCount) Describe(IEnv<float, int> environment, int index)
    {
        if (environment.ActionSpace is not DiscreteSpace { Start: 0 } actions)
            throw new ArgumentException($"environment {index}: A3C needs a Discrete(n) action space starting at 0; got {environment.ActionSpace}", nameof(environment));
        var shape = environment.ObservationSpace.Shape.Dimensions.ToArray();
        if (networkOptions is not null && (shape.Aggregate(1L, (a, b) => a * b) != networkOptions.ObservationShape.Aggregate(1L, (a, b) => a * b)
            || actions.Count != networkOptions.ActionCount))
            throw new ArgumentException(
                $"environment {index} has observations ({string.Join(", ", shape)}) and {actions.Count} actions; the evaluation environment has " +
                $"({string.Join(", ", networkOptions.ObservationShape)}) and {networkOptions.ActionCount}", nameof(environment));
        return (shape, actions.Count);
    }

    /// <summary>Disposes the shared model, the optimiser and the evaluation environment.</summary>
    public void Dispose()
    {
        evaluator.Dispose();
        learner.Model.Dispose();
        learner.Dispose();
    }

    private static (ulong, ulong, ulong, ulong) ToTuple(ulong[] state) =>
        state.Length == 4 ? (state[0], state[1], state[2], state[3]) : throw new InvalidDataException($"a worker RNG state has {state.Length} words; expected 4");

    private sealed class SilentObserver : ITrainingObserver;
}
