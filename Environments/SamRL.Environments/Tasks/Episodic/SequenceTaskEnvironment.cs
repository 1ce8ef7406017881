using SamRL.Environments.Core;
using SamRL.Environments.Episodes;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Tasks.Episodic;

/// <summary>
/// The episodic form of a sequence task: one episode is one sequence of the task's generator (batch size 1).
/// The observation at step t is input row t ([D_in] floats, decoding steps all zero); the action at step t is
/// the agent's prediction, scored against output step t − <see cref="TaskBatch.OutputStart"/> when t is
/// inside the output window (ignored elsewhere). The episode terminates after the last input row, with an
/// all-zero terminal observation. Observations are views of the current sequence, valid until the next call.
/// </summary>
/// <typeparam name="TBatch">The task's batch type.</typeparam>
/// <typeparam name="TAction">The prediction type.</typeparam>
public abstract class SequenceTaskEnvironment<TBatch, TAction> : IEnv<float, TAction>, IStateChecksum
    where TBatch : TaskBatch
{
    private readonly ISequenceTask<TBatch> task;
    private readonly float[] terminalObservation;
    private readonly Rng rng = new(0);
    private EpisodeLifecycle lifecycle;
    private long frameNumber;
    private TBatch? sequence;
    private int step;

    /// <summary>Wraps <paramref name="task"/>; <paramref name="name"/> appears in error messages.</summary>
    protected SequenceTaskEnvironment(ISequenceTask<TBatch> task, string name)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(name);
        this.task = task;
        Name = name;
        terminalObservation = new float[task.InputWidth];
        ObservationSpace = new BoxSpace<float>(-1f, 1f, new SpaceShape(task.InputWidth));
    }

    /// <summary>The environment's name, e.g. its registry id.</summary>
    public string Name { get; }

    /// <summary>Input rows: every task's inputs lie in [−1, 1].</summary>
    public IArraySpace<float> ObservationSpace { get; }

    /// <inheritdoc/>
    public abstract ISpace<TAction> ActionSpace { get; }

    /// <summary>The sequence of the current episode (null before the first reset).</summary>
    public TBatch? CurrentSequence => sequence;

    /// <summary>Steps taken in the current episode.</summary>
    public int StepIndex => step;

    /// <inheritdoc/>
    public ResetResult<float> Reset(ulong? seed = null)
    {
        if (seed is { } value)
        {
            rng.Reseed(value);
        }

        sequence = task.NextBatch(rng, 1);
        step = 0;
        lifecycle.Started();
        return new ResetResult<float>(sequence.Inputs.Row(0, 0), Info());
    }

    /// <inheritdoc/>
    public StepResult<float> Step(TAction action)
    {
        lifecycle.EnsureRunning(this);
        if (!ActionSpace.Contains(action))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, $"{Name}: expected an action in {ActionSpace}.");
        }

        var current = sequence!;
        var outputStep = step - current.OutputStart;
        var reward = outputStep >= 0 && outputStep < current.OutputSteps && current.Mask[outputStep] != 0f
            ? Score(current, outputStep, action)
            : 0.0;
        step++;
        frameNumber++;
        var terminated = step == current.Inputs.Steps;
        lifecycle.Stepped(terminated, truncated: false);
        ReadOnlySpan<float> observation = terminated ? terminalObservation : current.Inputs.Row(step, 0);
        return new StepResult<float>(observation, reward, terminated, truncated: false, Info());
    }

    /// <summary>A hash of the generator state and the position in the sequence.</summary>
    public ulong ComputeStateChecksum()
    {
        var (s0, s1, s2, s3) = rng.GetState();
        return new StateHash().Append(s0).Append(s1).Append(s2).Append(s3).Append(step).Value;
    }

    /// <summary>Nothing to release.</summary>
    public void Dispose() => GC.SuppressFinalize(this);

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>The reward of predicting <paramref name="action"/> for output step <paramref name="outputStep"/>.</summary>
    protected abstract double Score(TBatch sequence, int outputStep, TAction action);

    private EnvInfo Info() => new() { EpisodeFrameNumber = step, FrameNumber = frameNumber };
}
