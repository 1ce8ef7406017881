using SamRL.Environments.Babi;
using SamRL.Environments.Core;

namespace SamRL.Agents.Babi;

/// <summary>
/// The joint-training batch order of the authors' script (SAM_STM_REFERENCE §5.3): every iteration draws a task
/// uniformly at random and takes the next batch of that task's shuffled training questions; a task whose pass is
/// used up starts a new pass in a new random order (the last batch of a pass may be smaller). An epoch is as many
/// iterations as there are training batches over the tasks.
/// The whole state is small — the task-choosing generator and each task's pass and position, a pass's order being
/// derived from (seed, task, pass) — so a checkpoint restores the exact sequence of batches.
/// </summary>
public sealed class BabiBatchSchedule
{
    private readonly IReadOnlyList<BabiTaskSplits> tasks;
    private readonly int batchSize;
    private readonly ulong seed;
    private readonly Rng taskChooser;
    private readonly int[] passes;
    private readonly int[] positions;
    private readonly int[][] orders;

    /// <summary>Starts the schedule over <paramref name="tasks"/> from <paramref name="seed"/>.</summary>
    public BabiBatchSchedule(IReadOnlyList<BabiTaskSplits> tasks, int batchSize, ulong seed)
        : this(tasks, batchSize, seed, new Rng(seed), new int[tasks?.Count ?? 0], new int[tasks?.Count ?? 0])
    {
    }

    private BabiBatchSchedule(IReadOnlyList<BabiTaskSplits>? tasks, int batchSize, ulong seed, Rng taskChooser, int[] passes, int[] positions)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentOutOfRangeException.ThrowIfZero(tasks.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        this.tasks = tasks;
        this.batchSize = batchSize;
        this.seed = seed;
        this.taskChooser = taskChooser;
        this.passes = passes;
        this.positions = positions;
        orders = new int[tasks.Count][];
        for (var k = 0; k < tasks.Count; k++)
        {
            orders[k] = Order(k, passes[k]);
        }
    }

    /// <summary>Iterations per epoch: the number of training batches over every task.</summary>
    public long EpochLength => tasks.Sum(t => (long)((t.Train.Count + batchSize - 1) / batchSize));

    /// <summary>Restores a schedule saved with <see cref="GetState"/> over the same tasks.</summary>
    /// <exception cref="InvalidDataException">The state does not fit the tasks.</exception>
    public static BabiBatchSchedule Restore(IReadOnlyList<BabiTaskSplits> tasks, int batchSize, ulong seed, BabiScheduleState state)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Passes.Length != tasks.Count || state.Positions.Length != tasks.Count || state.TaskChooser.Length != 4
            || state.Positions.Where((p, k) => p < 0 || p >= tasks[k].Train.Count).Any() || state.Passes.Any(p => p < 0))
        {
            throw new InvalidDataException($"the saved batch schedule does not fit the {tasks.Count} task(s) of this run.");
        }

        var chooser = Rng.FromState(state.TaskChooser[0], state.TaskChooser[1], state.TaskChooser[2], state.TaskChooser[3]);
        return new BabiBatchSchedule(tasks, batchSize, seed, chooser, [.. state.Passes], [.. state.Positions]);
    }

    /// <summary>The state to save in a checkpoint.</summary>
    public BabiScheduleState GetState()
    {
        var (s0, s1, s2, s3) = taskChooser.GetState();
        return new BabiScheduleState([s0, s1, s2, s3], [.. passes], [.. positions]);
    }

    /// <summary>The next training batch and the index (into the task list) of its task.</summary>
    public (int TaskIndex, BabiEncodedSplit Batch) Next()
    {
        var k = taskChooser.NextInt(tasks.Count);
        var train = tasks[k].Train;
        var count = Math.Min(batchSize, train.Count - positions[k]);
        var batch = train.Gather(orders[k].AsSpan(positions[k], count));
        positions[k] += count;
        if (positions[k] == train.Count)
        {
            passes[k]++;
            positions[k] = 0;
            orders[k] = Order(k, passes[k]);
        }

        return (k, batch);
    }

    /// <summary>A Fisher–Yates permutation of task <paramref name="k"/>'s questions for pass <paramref name="pass"/>.</summary>
    private int[] Order(int k, int pass)
    {
        var rng = new Rng(seed ^ ((ulong)(uint)tasks[k].Number << 40) ^ ((ulong)(uint)pass * 0x9E3779B97F4A7C15UL) ^ 0x5DEECE66DUL);
        var order = Enumerable.Range(0, tasks[k].Train.Count).ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}

/// <summary>A <see cref="BabiBatchSchedule"/>'s state.</summary>
/// <param name="TaskChooser">The xoshiro state of the task-choosing generator.</param>
/// <param name="Passes">Per task, the number of finished passes over its training questions.</param>
/// <param name="Positions">Per task, the questions of the current pass already used.</param>
public sealed record BabiScheduleState(ulong[] TaskChooser, int[] Passes, int[] Positions);
