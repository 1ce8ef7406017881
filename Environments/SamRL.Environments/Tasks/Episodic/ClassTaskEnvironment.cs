using SamRL.Environments.Spaces;

namespace SamRL.Environments.Tasks.Episodic;

/// <summary>
/// Episodic form of a class-output task (associative retrieval, Nth-farthest, convex hull, TSP, shortest path,
/// minimum spanning tree; see <see cref="SequenceTaskEnvironment{TBatch, TAction}"/>). The action is a class
/// index; an output step pays 1 when it equals the target and 0 otherwise, so the return is the number of
/// correct output steps and return ÷ output steps is the paper's per-step accuracy.
/// </summary>
public sealed class ClassTaskEnvironment : SequenceTaskEnvironment<ClassTargetBatch, int>
{
    /// <summary>Wraps <paramref name="task"/>.</summary>
    public ClassTaskEnvironment(ISequenceTask<ClassTargetBatch> task, string name)
        : base(task, name)
    {
        ActionSpace = new DiscreteSpace(task.OutputWidth);
    }

    /// <inheritdoc/>
    public override ISpace<int> ActionSpace { get; }

    /// <inheritdoc/>
    protected override double Score(ClassTargetBatch sequence, int outputStep, int action) =>
        sequence.Targets[outputStep] == action ? 1.0 : 0.0;
}
