using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Vector;

/// <summary>
/// <see cref="Count"/> copies of an environment stepped together, with observations in one contiguous,
/// row-major buffer of <c>Count × ObservationSize</c> elements (environment <c>i</c> at offset <c>i · ObservationSize</c>).
/// </summary>
/// <remarks>
/// <para><b>Autoreset (Gymnasium's <c>SAME_STEP</c> mode).</b> When environment <c>i</c>'s episode ends in a step,
/// it is reset within the same call: the step's reward, terminated and truncated flags are those of the ending
/// step, its last observation and info are kept in <see cref="VectorStepResult{TObservation}.FinalObservations"/> and
/// <see cref="VectorStepResult{TObservation}.FinalInfos"/> (row <c>i</c> valid only when
/// <c>Terminated[i] || Truncated[i]</c>), and <see cref="VectorStepResult{TObservation}.Observations"/> /
/// <see cref="VectorStepResult{TObservation}.Infos"/> already hold the new episode's reset observation and info.
/// Read episode statistics from <c>FinalInfos[i].Episode</c>; bootstrap truncated episodes from the final observation.</para>
/// <para><b>Lifetime.</b> All spans of a result are views of buffers the vector environment owns, valid until its
/// next call. <b>Seeding.</b> <c>Reset(seed)</c> resets environment <c>i</c> with <c>seed + i</c>; automatic resets pass no seed.</para>
/// </remarks>
/// <typeparam name="TObservation">Observation element type.</typeparam>
/// <typeparam name="TAction">Action type of one environment.</typeparam>
public interface IVectorEnv<TObservation, TAction> : IDisposable
    where TObservation : unmanaged
{
    /// <summary>How many environments are stepped together.</summary>
    int Count { get; }

    /// <summary>The observation space of one environment.</summary>
    IArraySpace<TObservation> SingleObservationSpace { get; }

    /// <summary>The action space of one environment.</summary>
    ISpace<TAction> SingleActionSpace { get; }

    /// <summary>Resets every environment (environment <c>i</c> with <c>seed + i</c> when a seed is given).</summary>
    VectorResetResult<TObservation> Reset(ulong? seed = null);

    /// <summary>Steps environment <c>i</c> with <c>actions[i]</c>, resetting the ones whose episode ends.</summary>
    /// <exception cref="ArgumentException"><paramref name="actions"/> does not have <see cref="Count"/> elements.</exception>
    /// <exception cref="InvalidOperationException">Called before <see cref="Reset"/>.</exception>
    VectorStepResult<TObservation> Step(ReadOnlySpan<TAction> actions);
}
