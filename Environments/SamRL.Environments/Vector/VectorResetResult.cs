using SamRL.Environments.Core;

namespace SamRL.Environments.Vector;

/// <summary>What <see cref="IVectorEnv{TObservation, TAction}.Reset"/> returns; views valid until the next call.</summary>
/// <param name="observations">All first observations, environment <c>i</c> at <c>i · observationSize</c>.</param>
/// <param name="infos">The reset info of each environment.</param>
/// <param name="observationSize">Elements per observation.</param>
public readonly ref struct VectorResetResult<TObservation>(ReadOnlySpan<TObservation> observations, ReadOnlySpan<EnvInfo> infos, int observationSize)
    where TObservation : unmanaged
{
    /// <summary>All first observations, contiguous.</summary>
    public ReadOnlySpan<TObservation> Observations { get; } = observations;

    /// <summary>The reset info of each environment.</summary>
    public ReadOnlySpan<EnvInfo> Infos { get; } = infos;

    /// <summary>The first observation of environment <paramref name="index"/>.</summary>
    public ReadOnlySpan<TObservation> Observation(int index) => Observations.Slice(index * observationSize, observationSize);
}
