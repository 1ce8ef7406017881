using SamRL.Environments.Core;

namespace SamRL.Environments.Vector;

/// <summary>
/// What <see cref="IVectorEnv{TObservation, TAction}.Step"/> returns: one row per environment, as views of the
/// vector environment's buffers valid until its next call. See <see cref="IVectorEnv{TObservation, TAction}"/> for autoreset.
/// </summary>
public readonly ref struct VectorStepResult<TObservation>
    where TObservation : unmanaged
{
    private readonly int observationSize;

    /// <summary>Bundles the buffers of one vector step.</summary>
    public VectorStepResult(
        ReadOnlySpan<TObservation> observations,
        ReadOnlySpan<double> rewards,
        ReadOnlySpan<bool> terminated,
        ReadOnlySpan<bool> truncated,
        ReadOnlySpan<EnvInfo> infos,
        ReadOnlySpan<TObservation> finalObservations,
        ReadOnlySpan<EnvInfo> finalInfos,
        int observationSize)
    {
        Observations = observations;
        Rewards = rewards;
        Terminated = terminated;
        Truncated = truncated;
        Infos = infos;
        FinalObservations = finalObservations;
        FinalInfos = finalInfos;
        this.observationSize = observationSize;
    }

    /// <summary>The observations to act on next (the reset observation for environments that just ended), contiguous.</summary>
    public ReadOnlySpan<TObservation> Observations { get; }

    /// <summary>The reward of each environment's step.</summary>
    public ReadOnlySpan<double> Rewards { get; }

    /// <summary>Whether each environment's episode terminated in this step.</summary>
    public ReadOnlySpan<bool> Terminated { get; }

    /// <summary>Whether each environment's episode was truncated in this step.</summary>
    public ReadOnlySpan<bool> Truncated { get; }

    /// <summary>The info matching <see cref="Observations"/> (the reset info for environments that just ended).</summary>
    public ReadOnlySpan<EnvInfo> Infos { get; }

    /// <summary>The last observation of each episode that ended in this step; other rows are stale.</summary>
    public ReadOnlySpan<TObservation> FinalObservations { get; }

    /// <summary>The last info of each episode that ended in this step (with its <see cref="EnvInfo.Episode"/> statistics); other rows are stale.</summary>
    public ReadOnlySpan<EnvInfo> FinalInfos { get; }

    /// <summary>The next observation of environment <paramref name="index"/>.</summary>
    public ReadOnlySpan<TObservation> Observation(int index) => Observations.Slice(index * observationSize, observationSize);

    /// <summary>The final observation of environment <paramref name="index"/>; meaningful only when its episode ended in this step.</summary>
    public ReadOnlySpan<TObservation> FinalObservation(int index) => FinalObservations.Slice(index * observationSize, observationSize);

    /// <summary>True when environment <paramref name="index"/>'s episode ended (terminated or truncated) in this step.</summary>
    public bool IsDone(int index) => Terminated[index] || Truncated[index];
}
