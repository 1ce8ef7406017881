using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Vector;

/// <summary>
/// The environments of a vector env and the contiguous buffers they write into; stepping or resetting
/// environment <c>i</c> touches only row <c>i</c>, so disjoint index ranges can run on different threads.
/// </summary>
internal sealed class VectorEnvSlots<TObservation, TAction> : IDisposable
    where TObservation : unmanaged
{
    private readonly IEnv<TObservation, TAction>[] environments;

    public VectorEnvSlots(int count, Func<int, IEnv<TObservation, TAction>> factory)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentNullException.ThrowIfNull(factory);
        environments = new IEnv<TObservation, TAction>[count];
        try
        {
            for (var i = 0; i < count; i++)
            {
                environments[i] = factory(i) ?? throw new ArgumentException($"The factory returned null for environment {i}.", nameof(factory));
                var shape = environments[i].ObservationSpace.Shape;
                if (!shape.Equals(environments[0].ObservationSpace.Shape))
                {
                    throw new ArgumentException(
                        $"Environment {i} ({environments[i]}) observes shape {shape}, environment 0 observes {environments[0].ObservationSpace.Shape}; " +
                        "a vector env needs one observation shape.",
                        nameof(factory));
                }
            }
        }
        catch
        {
            Dispose();
            throw;
        }

        ObservationSpace = environments[0].ObservationSpace;
        ActionSpace = environments[0].ActionSpace;
        ObservationSize = ObservationSpace.Shape.ElementCount;
        Observations = new TObservation[count * ObservationSize];
        FinalObservations = new TObservation[count * ObservationSize];
        Rewards = new double[count];
        Terminated = new bool[count];
        Truncated = new bool[count];
        Infos = new EnvInfo[count];
        FinalInfos = new EnvInfo[count];
    }

    public int Count => environments.Length;

    public IArraySpace<TObservation> ObservationSpace { get; }

    public ISpace<TAction> ActionSpace { get; }

    public int ObservationSize { get; }

    public TObservation[] Observations { get; }

    public TObservation[] FinalObservations { get; }

    public double[] Rewards { get; }

    public bool[] Terminated { get; }

    public bool[] Truncated { get; }

    public EnvInfo[] Infos { get; }

    public EnvInfo[] FinalInfos { get; }

    public bool HasBeenReset { get; set; }

    public void ResetRange(int start, int end, ulong? seed)
    {
        for (var i = start; i < end; i++)
        {
            var result = environments[i].Reset(seed.HasValue ? unchecked(seed.Value + (ulong)i) : null);
            Store(result.Observation, Observations, i);
            Infos[i] = result.Info;
        }
    }

    public void StepRange(int start, int end, ReadOnlySpan<TAction> actions)
    {
        for (var i = start; i < end; i++)
        {
            var result = environments[i].Step(actions[i]);
            Rewards[i] = result.Reward;
            Terminated[i] = result.Terminated;
            Truncated[i] = result.Truncated;
            if (!result.IsDone)
            {
                Store(result.Observation, Observations, i);
                Infos[i] = result.Info;
                continue;
            }

            Store(result.Observation, FinalObservations, i);
            FinalInfos[i] = result.Info;
            var reset = environments[i].Reset();
            Store(reset.Observation, Observations, i);
            Infos[i] = reset.Info;
        }
    }

    public VectorResetResult<TObservation> ResetResult() => new(Observations, Infos, ObservationSize);

    public VectorStepResult<TObservation> StepResult() =>
        new(Observations, Rewards, Terminated, Truncated, Infos, FinalObservations, FinalInfos, ObservationSize);

    public void EnsureActions(ReadOnlySpan<TAction> actions)
    {
        if (actions.Length != Count)
        {
            throw new ArgumentException($"Expected one action per environment ({Count}), got {actions.Length}.", nameof(actions));
        }

        if (!HasBeenReset)
        {
            throw new InvalidOperationException("The vector environment was stepped before Reset; call Reset first.");
        }
    }

    public void Dispose()
    {
        foreach (var environment in environments)
        {
            environment?.Dispose();
        }
    }

    private void Store(ReadOnlySpan<TObservation> observation, TObservation[] buffer, int index)
    {
        if (observation.Length != ObservationSize)
        {
            throw new InvalidOperationException(
                $"Environment {index} ({environments[index]}) returned {observation.Length} observation elements; its space promises {ObservationSize}.");
        }

        observation.CopyTo(buffer.AsSpan(index * ObservationSize, ObservationSize));
    }
}
