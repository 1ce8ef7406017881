namespace SamRL.Environments.Core;

/// <summary>What <see cref="IEnv{TObservation, TAction}.Reset"/> returns.</summary>
/// <typeparam name="TObservation">Observation element type.</typeparam>
/// <param name="observation">The first observation; valid until the environment's next call (see <see cref="IEnv{TObservation, TAction}"/>).</param>
/// <param name="info">Counters and extras of the reset state.</param>
public readonly ref struct ResetResult<TObservation>(ReadOnlySpan<TObservation> observation, EnvInfo info)
    where TObservation : unmanaged
{
    /// <summary>The first observation of the episode, a view of the environment's buffer.</summary>
    public ReadOnlySpan<TObservation> Observation { get; } = observation;

    /// <summary>Counters and extras of the reset state.</summary>
    public EnvInfo Info { get; } = info;
}
