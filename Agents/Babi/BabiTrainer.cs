using System.Diagnostics;
using SamRL.Environments.Babi;
using static TorchSharp.torch;

namespace SamRL.Agents.Babi;

/// <summary>
/// Joint training of the bAbI model over the selected tasks (SAM_STM_REFERENCE §5.3): Adam with global-norm
/// clipping on batches drawn by <see cref="BabiBatchSchedule"/>; a validation pass at the end of every epoch (and
/// when training stops at a limit) that keeps the best model (lowest mean validation error, <c>checkpoints/best.ckpt</c>) and
/// applies the one-time learning-rate halving; <c>checkpoints/last.ckpt</c> at every validation, every
/// <see cref="BabiTrainingConfig.CheckpointMinutes"/> and at the end; finally the best model's per-task test scores
/// (§5.4). A resumed trainer continues with the same batches, weights, optimiser moments and counters.
/// </summary>
public sealed class BabiTrainer : IDisposable
{
    /// <summary>The checkpoint folder inside the run folder.</summary>
    public const string CheckpointFolder = "checkpoints";

    /// <summary>The full checkpoint's file name.</summary>
    public const string LastCheckpointName = "last.ckpt";

    /// <summary>The best-validation model's file name.</summary>
    public const string BestCheckpointName = "best.ckpt";

    private readonly BabiTrainingConfig config;
    private readonly BabiCorpus corpus;
    private readonly BabiQaModel model;
    private readonly BabiAdam optimizer;
    private readonly BabiBatchSchedule schedule;
    private readonly IBabiTrainingObserver? observer;
    private readonly string checkpointDirectory;
    private readonly TimeSpan previousElapsed;
    private readonly Stopwatch stopwatch = new();
    private LearningRateHalving halving;
    private long iteration;
    private long examples;
    private double? bestValidError;
    private long lastValidationIteration;

    private BabiTrainer(
        BabiTrainingConfig config, BabiCorpus corpus, BabiQaModel model, BabiBatchSchedule schedule, string runDirectory,
        IBabiTrainingObserver? observer, BabiCheckpointState? resumed)
    {
        this.config = config;
        this.corpus = corpus;
        this.model = model;
        this.schedule = schedule;
        this.observer = observer;
        checkpointDirectory = Path.Combine(runDirectory, CheckpointFolder);
        optimizer = new BabiAdam(model.TrainableParameters, resumed?.LearningRate ?? config.LearningRate, config.Beta1, config.Beta2);
        halving = new LearningRateHalving(config.DecayThreshold, config.DecayFactor, resumed?.DecayDone ?? false);
        iteration = resumed?.Iteration ?? 0;
        examples = resumed?.Examples ?? 0;
        bestValidError = resumed?.BestValidError;
        lastValidationIteration = resumed?.LastValidationIteration ?? -1;
        previousElapsed = TimeSpan.FromSeconds(resumed?.ElapsedSeconds ?? 0);
    }

    /// <summary>The model being trained.</summary>
    public BabiQaModel Model => model;

    /// <summary>The optimiser.</summary>
    public BabiAdam Optimizer => optimizer;

    /// <summary>Iterations done.</summary>
    public long Iteration => iteration;

    /// <summary>Best mean validation error so far (a fraction); null before the first validation.</summary>
    public double? BestValidError => bestValidError;

    /// <summary>The full checkpoint of a run folder.</summary>
    public static string LastCheckpointPath(string runDirectory) => Path.Combine(runDirectory, CheckpointFolder, LastCheckpointName);

    /// <summary>The best-validation model of a run folder.</summary>
    public static string BestCheckpointPath(string runDirectory) => Path.Combine(runDirectory, CheckpointFolder, BestCheckpointName);

    /// <summary>
    /// Starts training in <paramref name="runDirectory"/>: the model is built from TorchSharp's generator seeded
    /// with <see cref="BabiTrainingConfig.Seed"/>, with <paramref name="modelOptions"/> (the corpus's paper-size
    /// options when null).
    /// </summary>
    public static BabiTrainer Start(
        BabiTrainingConfig config, BabiCorpus corpus, string runDirectory, IBabiTrainingObserver? observer = null, BabiModelOptions? modelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(runDirectory);
        config.Validate();
        var options = modelOptions ?? corpus.ModelOptions();
        if (options.VocabularySize != corpus.VocabularySize || options.MaxSentenceLength < corpus.MaxSentenceLength)
        {
            throw new ArgumentException(
                $"model sizes V = {options.VocabularySize}, W_max = {options.MaxSentenceLength} do not fit the data (V = {corpus.VocabularySize}, W_max = {corpus.MaxSentenceLength}).",
                nameof(modelOptions));
        }

        manual_seed(unchecked((long)config.Seed));
        var model = new BabiQaModel(options);
        return new BabiTrainer(config, corpus, model, new BabiBatchSchedule(corpus.Tasks, config.BatchSize, config.Seed), runDirectory, observer, null);
    }

    /// <summary>
    /// Continues the run in <paramref name="runDirectory"/> from its last checkpoint. <paramref name="config"/> must
    /// be the run's (same seed and batch size: they fix the batch order); its limits may differ.
    /// </summary>
    /// <exception cref="InvalidDataException">The checkpoint is unreadable or does not fit the data or the config.</exception>
    public static BabiTrainer Resume(BabiTrainingConfig config, BabiCorpus corpus, string runDirectory, IBabiTrainingObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(corpus);
        config.Validate();
        var path = LastCheckpointPath(runDirectory);
        var (state, weights, optimizerState) = BabiCheckpointFile.Read(path);
        try
        {
            var tasks = corpus.Tasks.Select(t => t.Number).ToArray();
            if (!state.Tasks.SequenceEqual(tasks) || state.Model.VocabularySize != corpus.VocabularySize || state.Schedule is null)
            {
                throw new InvalidDataException(
                    $"{path} was trained on tasks {string.Join(",", state.Tasks)} with V = {state.Model.VocabularySize}; the data gives tasks {string.Join(",", tasks)} with V = {corpus.VocabularySize}.");
            }

            var model = new BabiQaModel(state.Model);
            LoadWeights(model, weights, path);
            var schedule = BabiBatchSchedule.Restore(corpus.Tasks, config.BatchSize, config.Seed, state.Schedule);
            var trainer = new BabiTrainer(config, corpus, model, schedule, runDirectory, observer, state);
            trainer.optimizer.Restore(optimizerState, state.OptimizerSteps);
            return trainer;
        }
        finally
        {
            foreach (var tensor in weights.Values.Concat(optimizerState))
            {
                tensor.Dispose();
            }
        }
    }

    /// <summary>
    /// Trains until a limit, validates (unless the last iteration was just validated) and tests the best model; on
    /// cancellation only writes the last checkpoint.
    /// </summary>
    public BabiTrainingSummary Run(CancellationToken cancellation = default)
    {
        stopwatch.Restart();
        model.train();
        var epochLength = schedule.EpochLength;
        var lastCheckpoint = TimeSpan.Zero;
        var interval = new IntervalTotals();
        BabiStopReason? stop;
        while ((stop = StopReason(epochLength, cancellation)) is null)
        {
            var (loss, wrong, count) = TrainStep();
            iteration++;
            examples += count;
            interval.Add(loss, wrong, count);
            if (iteration % config.LogInterval == 0)
            {
                observer?.OnTrainingInterval(new BabiTrainingInterval(
                    iteration, examples, Elapsed, interval.MeanLoss, interval.Error, optimizer.LearningRate, (double)iteration / epochLength));
                interval = new IntervalTotals();
            }

            if (iteration % epochLength == 0)
            {
                Validate();
                WriteLastCheckpoint();
                lastCheckpoint = stopwatch.Elapsed;
            }
            else if ((stopwatch.Elapsed - lastCheckpoint).TotalMinutes >= config.CheckpointMinutes)
            {
                WriteLastCheckpoint();
                lastCheckpoint = stopwatch.Elapsed;
            }
        }

        // Cancellation (Ctrl+C) only saves the state: a validation or test pass can take minutes.
        if (stop == BabiStopReason.Cancelled)
        {
            WriteLastCheckpoint();
            return new BabiTrainingSummary(stop.Value, iteration, examples, Elapsed, bestValidError ?? double.NaN, null);
        }

        if (lastValidationIteration != iteration)
        {
            Validate();
        }

        WriteLastCheckpoint();
        return new BabiTrainingSummary(stop.Value, iteration, examples, Elapsed, bestValidError ?? double.NaN, TestBestModel());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        optimizer.Dispose();
        model.Dispose();
    }

    private TimeSpan Elapsed => previousElapsed + stopwatch.Elapsed;

    private BabiStopReason? StopReason(long epochLength, CancellationToken cancellation) =>
        cancellation.IsCancellationRequested ? BabiStopReason.Cancelled
        : iteration >= config.Epochs * epochLength ? BabiStopReason.Epochs
        : config.MaxIterations is { } maxIterations && iteration >= maxIterations ? BabiStopReason.MaxIterations
        : config.MaxMinutes is { } maxMinutes && Elapsed.TotalMinutes >= maxMinutes ? BabiStopReason.MaxMinutes
        : null;

    private (double Loss, long Wrong, long Count) TrainStep()
    {
        var (_, batch) = schedule.Next();
        using var scope = NewDisposeScope();
        using var tensors = BabiBatchTensors.From(batch);
        optimizer.ZeroGrad();
        var logits = model.forward(tensors.Stories, tensors.Queries);
        var loss = nn.functional.cross_entropy(logits, tensors.Answers);
        loss.backward();
        GradientClipping.ClipGlobalNorm(model.TrainableParameters, config.GradientClipNorm);
        optimizer.Step();
        var wrong = logits.argmax(-1).ne(tensors.Answers).sum().item<long>();
        return (loss.item<float>(), wrong, batch.Count);
    }

    private void Validate()
    {
        var scores = BabiEvaluation.Evaluate(model, corpus, BabiSplit.Valid, score => observer?.OnTaskEvaluated(BabiSplit.Valid, score));
        var isBest = bestValidError is not { } best || scores.MeanError < best;
        if (isBest)
        {
            bestValidError = scores.MeanError;
            var path = BestCheckpointPath(Path.GetDirectoryName(checkpointDirectory)!);
            BabiCheckpointFile.Write(path, State(withTraining: false), model.state_dict(), []);
        }

        (optimizer.LearningRate, halving) = halving.After(scores.Loss, optimizer.LearningRate);
        lastValidationIteration = iteration;
        observer?.OnEvaluation(new BabiEvaluationPoint(iteration, examples, Elapsed, scores, isBest, optimizer.LearningRate));
    }

    private BabiSplitScores TestBestModel()
    {
        var path = BestCheckpointPath(Path.GetDirectoryName(checkpointDirectory)!);
        var (_, weights, optimizerState) = BabiCheckpointFile.Read(path);
        try
        {
            LoadWeights(model, weights, path);
        }
        finally
        {
            foreach (var tensor in weights.Values.Concat(optimizerState))
            {
                tensor.Dispose();
            }
        }

        var scores = BabiEvaluation.Evaluate(model, corpus, BabiSplit.Test, score => observer?.OnTaskEvaluated(BabiSplit.Test, score));
        observer?.OnEvaluation(new BabiEvaluationPoint(iteration, examples, Elapsed, scores, IsBest: false, optimizer.LearningRate));
        return scores;
    }

    private void WriteLastCheckpoint()
    {
        var path = Path.Combine(checkpointDirectory, LastCheckpointName);
        BabiCheckpointFile.Write(path, State(withTraining: true), model.state_dict(), optimizer.StateTensors);
        observer?.OnCheckpoint(path, iteration);
    }

    private BabiCheckpointState State(bool withTraining) => new()
    {
        Model = model.Options,
        Tasks = corpus.Tasks.Select(t => t.Number).ToArray(),
        Iteration = iteration,
        Examples = examples,
        ElapsedSeconds = Elapsed.TotalSeconds,
        LearningRate = optimizer.LearningRate,
        DecayDone = halving.Done,
        BestValidError = bestValidError,
        LastValidationIteration = lastValidationIteration,
        Schedule = withTraining ? schedule.GetState() : null,
        OptimizerSteps = withTraining ? [.. optimizer.Steps] : [],
    };

    private static void LoadWeights(BabiQaModel model, Dictionary<string, Tensor> weights, string path)
    {
        var (missing, unexpected) = model.load_state_dict(weights, strict: false);
        if (missing.Count > 0 || unexpected.Count > 0)
        {
            throw new InvalidDataException(
                $"{path}: the saved weights do not fit the model (missing: {string.Join(", ", missing)}; unexpected: {string.Join(", ", unexpected)}).");
        }
    }

    /// <summary>Sums over one logging interval.</summary>
    private sealed class IntervalTotals
    {
        private double lossSum;
        private long batches;
        private long wrong;
        private long questions;

        public double MeanLoss => batches == 0 ? double.NaN : lossSum / batches;

        public double Error => questions == 0 ? double.NaN : (double)wrong / questions;

        public void Add(double loss, long wrongAnswers, long count)
        {
            lossSum += loss;
            batches++;
            wrong += wrongAnswers;
            questions += count;
        }
    }
}
