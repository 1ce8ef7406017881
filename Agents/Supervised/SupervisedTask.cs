using SamRL.Environments.Core;
using SamRL.Environments.Tasks;
using SamRL.Memory;

namespace SamRL.Agents.Supervised;

/// <summary>
/// One of the paper's supervised tasks with its protocol: how training batches are drawn (fresh from the generator,
/// or from fixed data sets), which batches validate and test, how the model is decoded, its metric, its default
/// hyper-parameters and its STM preset. Build them with <see cref="SupervisedTasks.Create"/>.
/// </summary>
public sealed class SupervisedTask
{
    /// <summary>Seed of the fixed training set (associative retrieval); the same for every run, like the authors' file.</summary>
    public const ulong TrainingDataSeed = 2020;

    /// <summary>Seed of the validation batches; the same for every run so that runs compare.</summary>
    public const ulong ValidationSeed = 1111;

    /// <summary>Seed of the test batches (the authors' test mode seeds 5111).</summary>
    public const ulong TestSeed = 5111;

    /// <summary>Validation and test batches of generator tasks (the authors' <c>-num_eval 10</c>).</summary>
    public const int EvaluationBatches = 10;

    /// <summary>
    /// The smallest validation and test batch of generator tasks, the authors' default batch. Their test batches are
    /// training batches, so a run at batch 32 would be judged on 320 sequences (±2.5 points of accuracy at random);
    /// at least 128 keeps every run of a task on the same 1,280 or more sequences.
    /// </summary>
    public const int MinimumEvaluationBatchSize = 128;

    private readonly ISequenceTask<TaskBatch> source;
    private readonly Func<StmOptions> stmPreset;
    private int cachedEpochBatches = -1;
    private long cachedEpoch = -1;
    private ulong cachedSeed;
    private int[] cachedOrder = [];

    /// <summary>
    /// A task from any batch generator (the paper's are in <see cref="SupervisedTasks"/>): its batches, metric, whether
    /// its outputs come from zero-input decoding steps, its hyper-parameters and the STM options for it.
    /// </summary>
    public SupervisedTask(
        string name, string variant, ISequenceTask<TaskBatch> source, TaskMetric metric, bool decodesWithZeroInputs,
        SupervisedProtocol protocol, Func<StmOptions> stmPreset)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(stmPreset);
        Name = name;
        Variant = variant;
        InputWidth = source.InputWidth;
        OutputWidth = source.OutputWidth;
        Metric = metric;
        DecodesWithZeroInputs = decodesWithZeroInputs;
        Protocol = protocol;
        this.source = source;
        this.stmPreset = stmPreset;
    }

    /// <summary>The task's command name, e.g. <c>copy</c>.</summary>
    public string Name { get; }

    /// <summary>The size setting, e.g. <c>length-30</c> or <c>points-5</c>; empty when the task has none.</summary>
    public string Variant { get; }

    /// <summary>Width of one input row of the batches.</summary>
    public int InputWidth { get; }

    /// <summary>Width of one output step: bits, or classes.</summary>
    public int OutputWidth { get; }

    /// <summary>The task's metric.</summary>
    public TaskMetric Metric { get; }

    /// <summary>Whether the targets are bit vectors (BCE loss) rather than classes (cross-entropy).</summary>
    public bool HasBitTargets => Metric == TaskMetric.BitErrorPerSequence;

    /// <summary>
    /// Whether the outputs come from decoding steps after the input (copy, sort, RAR, geometry, graphs) rather than
    /// from the last input step (associative retrieval, Nth-farthest).
    /// </summary>
    public bool DecodesWithZeroInputs { get; }

    /// <summary>Whether the output is a TSP tour, whose length is reported as well.</summary>
    public bool ReportsTourLength { get; init; }

    /// <summary>Embedding width of one-hot token inputs (associative retrieval: 100), or null for no input map.</summary>
    public int? EmbeddingWidth { get; init; }

    /// <summary>Fixed train/validation/test sets, or null when every iteration draws a fresh batch.</summary>
    public FixedSplits? FixedSplits { get; init; }

    /// <summary>The authors' hyper-parameters for this task.</summary>
    public SupervisedProtocol Protocol { get; }

    /// <summary>The task's STM configuration (SAM_STM_REFERENCE §2.5–§2.6).</summary>
    public StmOptions StmPreset() => stmPreset();

    /// <summary>How many input rows the model reads before decoding on zero rows.</summary>
    public int EncodingSteps(TaskBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return DecodesWithZeroInputs ? batch.OutputStart : batch.Inputs.Steps;
    }

    /// <summary>Iterations per epoch of the fixed training set, or null for generator tasks.</summary>
    public int? EpochIterations(int batchSize) => FixedSplits is { } splits ? Math.Max(1, splits.TrainingSequences / batchSize) : null;

    /// <summary>
    /// The batch of training iteration <paramref name="iteration"/>: a fresh batch from <paramref name="rng"/>, or
    /// batch <c>order[iteration mod E]</c> of the fixed training set, where each epoch's order is a permutation drawn
    /// from the run seed and the epoch number (so a resumed run needs only the iteration).
    /// </summary>
    public TaskBatch TrainingBatch(long iteration, Rng rng, int batchSize, ulong runSeed)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (FixedSplits is null)
        {
            return source.NextBatch(rng, batchSize);
        }

        int epochBatches = EpochIterations(batchSize)!.Value;
        long epoch = iteration / epochBatches;
        if (epoch != cachedEpoch || epochBatches != cachedEpochBatches || runSeed != cachedSeed)
        {
            cachedOrder = Permutation(new Rng(SeedSequence.Derive(runSeed, (ulong)epoch)), epochBatches);
            (cachedEpoch, cachedEpochBatches, cachedSeed) = (epoch, epochBatches, runSeed);
        }

        return new SeededTaskDataset<TaskBatch>(source, TrainingDataSeed, epochBatches, batchSize)
            .Batch(cachedOrder[(int)(iteration % epochBatches)]);
    }

    /// <summary>
    /// The batches of <paramref name="split"/>, drawn from the split's fixed seed: the fixed validation or test set,
    /// or <see cref="EvaluationBatches"/> batches of <paramref name="batchSize"/>, the training batch, but at least
    /// <see cref="MinimumEvaluationBatchSize"/> sequences each.
    /// </summary>
    public IEnumerable<TaskBatch> EvaluationBatchesOf(EvaluationSplit split, int batchSize)
    {
        ulong seed = split == EvaluationSplit.Validation ? ValidationSeed : TestSeed;
        var data = FixedSplits is { } splits
            ? new SeededTaskDataset<TaskBatch>(
                source, seed,
                (split == EvaluationSplit.Validation ? splits.ValidationSequences : splits.TestSequences) / splits.EvaluationBatchSize,
                splits.EvaluationBatchSize)
            : new SeededTaskDataset<TaskBatch>(source, seed, EvaluationBatches, Math.Max(batchSize, MinimumEvaluationBatchSize));
        return data.Epoch();
    }

    private static int[] Permutation(Rng rng, int count)
    {
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
        }

        for (int i = count - 1; i > 0; i--)
        {
            int j = rng.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
