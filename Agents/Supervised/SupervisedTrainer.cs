using System.Diagnostics;
using SamRL.Environments.Core;
using SamRL.Environments.Tasks;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Agents.Supervised;

/// <summary>
/// Trains a sequence model on one of the paper's supervised tasks with the authors' protocol (SAM_STM_REFERENCE
/// §4.0–§4.7), in one loop: draw the iteration's batch, run the model (encoding rows, then zero rows), loss, backward,
/// clip gradient values to ±10, optimiser step at the iteration's learning rate
/// (<see cref="SupervisedConfig.LearningRateAt"/>); log the means every 200 iterations; validate every
/// <see cref="SupervisedConfig.EvaluateEvery"/> iterations on fixed-seed batches, keep the best model and checkpoint
/// (and checkpoint every <see cref="SupervisedConfig.CheckpointMinutes"/> in between); at the end test the best
/// model. Checkpoints hold model, optimiser, counters and the batch generator's state, so <see cref="Resume"/>
/// continues exactly where the run stopped.
/// </summary>
public sealed class SupervisedTrainer : IDisposable
{
    /// <summary>File name of the full checkpoint in the checkpoint folder.</summary>
    public const string LastCheckpointName = "last.ckpt";

    /// <summary>File name of the best-validation model in the checkpoint folder.</summary>
    public const string BestCheckpointName = "best.ckpt";

    private readonly SupervisedConfig config;
    private readonly SupervisedTask task;
    private readonly SequenceModel model;
    private readonly SupervisedOptimizer optimizer;
    private readonly ISupervisedObserver? observer;
    private readonly string checkpointDirectory;
    private Rng rng;
    private TrainerState state;
    private long lastCheckpoint = -1;
    private double lastCheckpointSeconds;

    /// <summary>
    /// Starts a run with <paramref name="config"/>, writing its checkpoints into <paramref name="checkpointDirectory"/>.
    /// The task is the paper's task named by the config, or <paramref name="task"/> (your own, of the same name).
    /// </summary>
    /// <exception cref="ArgumentException">The configuration is invalid (unknown task, size, model or STM variant).</exception>
    public SupervisedTrainer(SupervisedConfig config, string checkpointDirectory, ISupervisedObserver? observer = null, SupervisedTask? task = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(checkpointDirectory);
        config.Validate();
        this.config = config;
        this.checkpointDirectory = checkpointDirectory;
        this.observer = observer;
        if (task is not null && task.Name != config.Task)
        {
            throw new ArgumentException($"the config trains task '{config.Task}' but the task given is '{task.Name}'", nameof(task));
        }

        this.task = task ?? SupervisedTasks.Create(config.Task, config.Length, config.Points, config.Vectors, config.Dimension);
        manual_seed(unchecked((long)config.Seed));
        model = SequenceModels.Create(this.task, config.Model, config.Stm);
        optimizer = new SupervisedOptimizer(model.parameters(), this.task.Protocol, config.LearningRate);
        rng = new Rng(config.Seed);
        state = new TrainerState { Config = config };
    }

    /// <summary>
    /// Continues the run whose checkpoints are in <paramref name="checkpointDirectory"/> from its last checkpoint;
    /// <paramref name="changeLimits"/> may change the saved settings' limits (iterations, minutes) and the learning-rate
    /// schedule of the updates still to come; a run of your own task needs that <paramref name="task"/> again.
    /// </summary>
    /// <exception cref="InvalidDataException">The checkpoint is missing a part, damaged or not a supervised checkpoint.</exception>
    /// <exception cref="ArgumentException">The changed settings would change the learning rate of updates already made.</exception>
    public static SupervisedTrainer Resume(
        string checkpointDirectory, ISupervisedObserver? observer = null, Func<SupervisedConfig, SupervisedConfig>? changeLimits = null,
        SupervisedTask? task = null)
    {
        var path = Path.Combine(checkpointDirectory, LastCheckpointName);
        var saved = SupervisedCheckpoint.ReadState(path);
        var config = changeLimits is null ? saved.Config : changeLimits(saved.Config);
        if (!config.SameLearningRatesBefore(saved.Config, saved.Iteration))
        {
            throw new ArgumentException(
                $"the run has made {saved.Iteration} updates, and the new settings would change the learning rates of some of them " +
                $"(decay start {saved.Config.LearningRateDecayStart?.ToString() ?? "none"} of {saved.Config.MaxIterations} iterations)", nameof(changeLimits));
        }

        var trainer = new SupervisedTrainer(config, checkpointDirectory, observer, task);
        try
        {
            var loaded = SupervisedCheckpoint.Load(path, trainer.model, trainer.optimizer.Checkpointed);
            if (loaded.Rng.Length != 4) throw new InvalidDataException($"'{path}': expected 4 generator state words, found {loaded.Rng.Length}");
            trainer.rng = Rng.FromState(loaded.Rng[0], loaded.Rng[1], loaded.Rng[2], loaded.Rng[3]);
            trainer.state = loaded with { Config = trainer.config };
            return trainer;
        }
        catch
        {
            trainer.Dispose();
            throw;
        }
    }

    /// <summary>The run's settings.</summary>
    public SupervisedConfig Config => config;

    /// <summary>The task.</summary>
    public SupervisedTask Task => task;

    /// <summary>The model being trained.</summary>
    public SequenceModel Model => model;

    /// <summary>Number of trainable values of the model.</summary>
    public long ParameterCount => SequenceModels.ParameterCount(model);

    /// <summary>Iterations done.</summary>
    public long Iteration => state.Iteration;

    /// <summary>The best validation metric so far, or null.</summary>
    public double? BestValidation => state.BestValidation;

    /// <summary>Training time so far (resumed sessions included).</summary>
    public TimeSpan Elapsed => TimeSpan.FromSeconds(state.ElapsedSeconds);

    /// <summary>The full checkpoint's path.</summary>
    public string LastCheckpointPath => Path.Combine(checkpointDirectory, LastCheckpointName);

    /// <summary>The best model's path.</summary>
    public string BestCheckpointPath => Path.Combine(checkpointDirectory, BestCheckpointName);

    /// <summary>
    /// Trains until the iterations or minutes are reached (then tests the best model) or <paramref name="cancellation"/>
    /// fires (then only checkpoints).
    /// </summary>
    public SupervisedSummary Run(CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        double sessionStart = state.ElapsedSeconds;
        lastCheckpointSeconds = sessionStart;
        var intervalClock = Stopwatch.StartNew();
        long intervalClockStart = state.Iteration;
        StopReason reason;
        while (true)
        {
            state = state with { ElapsedSeconds = sessionStart + clock.Elapsed.TotalSeconds };
            if (state.Iteration >= config.MaxIterations) { reason = StopReason.Finished; break; }
            if (config.MaxMinutes is { } minutes && state.ElapsedSeconds >= minutes * 60) { reason = StopReason.TimeLimit; break; }
            if (cancellation.IsCancellationRequested) { reason = StopReason.Cancelled; break; }

            // 1. The iteration's batch: fresh from the generator, or the next batch of the fixed training set.
            var batch = task.TrainingBatch(state.Iteration, rng, config.BatchSize, config.Seed);

            // 2. Forward (encoding rows, then zero rows), loss, backward, clip gradient values, step.
            double loss, metric;
            using (var scope = NewDisposeScope())
            {
                optimizer.ZeroGrad();
                var logits = model.Predict(EncoderInputs(batch), batch.OutputStart, batch.OutputSteps);
                var lossTensor = TaskObjective.Loss(logits, batch);
                lossTensor.backward();
                nn.utils.clip_grad_value_(model.parameters(), SupervisedProtocol.GradientClip);
                optimizer.Step(config.LearningRateAt(state.Iteration));
                loss = lossTensor.item<float>();
                metric = TaskObjective.Score(task, logits.detach(), batch).Metric;
            }

            state = state with
            {
                Iteration = state.Iteration + 1,
                Examples = state.Examples + batch.BatchSize,
                IntervalLoss = state.IntervalLoss + loss,
                IntervalMetric = state.IntervalMetric + metric,
                IntervalIterations = state.IntervalIterations + 1,
                ElapsedSeconds = sessionStart + clock.Elapsed.TotalSeconds,
            };

            // 3. Log the interval's means.
            if (state.Iteration % SupervisedProtocol.LogEvery == 0)
            {
                double speed = (state.Iteration - intervalClockStart) / Math.Max(intervalClock.Elapsed.TotalSeconds, 1e-9);
                observer?.OnInterval(new TrainingInterval(
                    state.Iteration, state.Examples, state.ElapsedSeconds,
                    state.IntervalLoss / state.IntervalIterations, state.IntervalMetric / state.IntervalIterations, speed));
                state = state with { IntervalLoss = 0, IntervalMetric = 0, IntervalIterations = 0 };
                intervalClock.Restart();
                intervalClockStart = state.Iteration;
            }

            // 4. Validate, keep the best model, checkpoint; between validations, checkpoint on the clock.
            if (state.Iteration % config.EvaluateEvery == 0)
            {
                Validate();
                WriteCheckpoint();
            }
            else if (state.ElapsedSeconds - lastCheckpointSeconds >= config.CheckpointMinutes * 60)
            {
                WriteCheckpoint();
            }
        }

        double? test = null;
        if (reason != StopReason.Cancelled && state.LastValidation != state.Iteration) Validate();
        if (lastCheckpoint != state.Iteration) WriteCheckpoint();
        if (reason != StopReason.Cancelled) test = Test();

        return new SupervisedSummary(reason, state.Iteration, state.BestValidation, test, Elapsed, LastCheckpointPath);
    }

    /// <summary>Evaluates the current model on <paramref name="split"/>: (mean loss, metric, extras).</summary>
    public (double Loss, double Metric, IReadOnlyDictionary<string, double> Extra) Evaluate(EvaluationSplit split)
    {
        using var noGrad = no_grad();
        double lossSum = 0, sequences = 0, metricSum = 0, weightSum = 0;
        var extra = new Dictionary<string, double>();
        foreach (var batch in task.EvaluationBatchesOf(split, config.BatchSize))
        {
            using var scope = NewDisposeScope();
            var logits = model.Predict(EncoderInputs(batch), batch.OutputStart, batch.OutputSteps);
            var score = TaskObjective.Score(task, logits, batch);
            lossSum += TaskObjective.Loss(logits, batch).item<float>() * batch.BatchSize;
            sequences += batch.BatchSize;
            metricSum += score.Metric * score.Weight;
            weightSum += score.Weight;
            foreach (var (name, value) in score.Extra)
            {
                extra[name] = extra.GetValueOrDefault(name) + value * score.Sequences;
            }
        }

        foreach (var name in extra.Keys.ToArray())
        {
            extra[name] /= sequences;
        }

        return (lossSum / sequences, weightSum == 0 ? 0 : metricSum / weightSum, extra);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        optimizer.Dispose();
        model.Dispose();
    }

    private Tensor EncoderInputs(TaskBatch batch)
    {
        var inputs = batch.Inputs;
        return tensor(inputs.Data, [inputs.Steps, inputs.BatchSize, inputs.Width]).narrow(0, 0, task.EncodingSteps(batch));
    }

    private void Validate()
    {
        var (loss, metric, extra) = Evaluate(EvaluationSplit.Validation);
        bool isBest = state.BestValidation is not { } best || (task.Metric.HigherIsBetter() ? metric > best : metric < best);
        state = state with { LastValidation = state.Iteration };
        if (isBest)
        {
            state = state with { BestValidation = metric, BestIteration = state.Iteration };
            SupervisedCheckpoint.Write(BestCheckpointPath, state, model, optimizer: null);
        }

        observer?.OnEvaluation(new EvaluationReport(
            EvaluationSplit.Validation, state.Iteration, state.Examples, state.ElapsedSeconds, loss, metric, extra, state.BestValidation, isBest));
    }

    private void WriteCheckpoint()
    {
        var (s0, s1, s2, s3) = rng.GetState();
        state = state with { Rng = [s0, s1, s2, s3] };
        SupervisedCheckpoint.Write(LastCheckpointPath, state, model, optimizer.Checkpointed);
        lastCheckpoint = state.Iteration;
        lastCheckpointSeconds = state.ElapsedSeconds;
        observer?.OnCheckpoint(state.Iteration, state.ElapsedSeconds, LastCheckpointPath);
    }

    // The best-validation model is tested; the current weights are put back afterwards.
    private double Test()
    {
        var current = model.state_dict().ToDictionary(entry => entry.Key, entry => entry.Value.detach().clone());
        try
        {
            SupervisedCheckpoint.Load(BestCheckpointPath, model, optimizer: null);
            var (loss, metric, extra) = Evaluate(EvaluationSplit.Test);
            observer?.OnEvaluation(new EvaluationReport(
                EvaluationSplit.Test, state.Iteration, state.Examples, state.ElapsedSeconds, loss, metric, extra, state.BestValidation, IsBest: false));
            return metric;
        }
        finally
        {
            model.load_state_dict(current);
            foreach (var tensor in current.Values) tensor.Dispose();
        }
    }
}
