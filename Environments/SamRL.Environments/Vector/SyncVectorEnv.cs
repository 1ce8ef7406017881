using SamRL.Environments.Spaces;

namespace SamRL.Environments.Vector;

/// <summary>Steps its environments one after the other on the calling thread (Gymnasium's <c>SyncVectorEnv</c>).</summary>
/// <typeparam name="TObservation">Observation element type.</typeparam>
/// <typeparam name="TAction">Action type of one environment.</typeparam>
public sealed class SyncVectorEnv<TObservation, TAction> : IVectorEnv<TObservation, TAction>
    where TObservation : unmanaged
{
    private readonly VectorEnvSlots<TObservation, TAction> slots;

    /// <summary>Creates <paramref name="count"/> environments with <paramref name="factory"/>(0 … count − 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not positive.</exception>
    /// <exception cref="ArgumentException">The environments do not share one observation shape.</exception>
    public SyncVectorEnv(int count, Func<int, Core.IEnv<TObservation, TAction>> factory) => slots = new(count, factory);

    /// <inheritdoc />
    public int Count => slots.Count;

    /// <inheritdoc />
    public IArraySpace<TObservation> SingleObservationSpace => slots.ObservationSpace;

    /// <inheritdoc />
    public ISpace<TAction> SingleActionSpace => slots.ActionSpace;

    /// <inheritdoc />
    public VectorResetResult<TObservation> Reset(ulong? seed = null)
    {
        slots.ResetRange(0, Count, seed);
        slots.HasBeenReset = true;
        return slots.ResetResult();
    }

    /// <inheritdoc />
    public VectorStepResult<TObservation> Step(ReadOnlySpan<TAction> actions)
    {
        slots.EnsureActions(actions);
        slots.StepRange(0, Count, actions);
        return slots.StepResult();
    }

    /// <summary>Disposes every environment.</summary>
    public void Dispose() => slots.Dispose();
}
