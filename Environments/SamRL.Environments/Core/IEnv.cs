using SamRL.Environments.Spaces;

namespace SamRL.Environments.Core;

/// <summary>
/// A Gymnasium-style environment: <see cref="Reset"/> starts an episode, <see cref="Step"/> advances it.
/// </summary>
/// <typeparam name="TObservation">
/// Element type of the observation (<see cref="byte"/> for Atari screens and RAM, <see cref="float"/> for
/// preprocessed frames and tasks). An observation is a flat, row-major span whose shape is
/// <see cref="ObservationSpace"/>'s <see cref="ISpace.Shape"/>.
/// </typeparam>
/// <typeparam name="TAction">The action type (<see cref="int"/> for a <see cref="DiscreteSpace"/>).</typeparam>
/// <remarks>
/// <para><b>Observation lifetime.</b> The observation returned by <see cref="Reset"/> and <see cref="Step"/>
/// is a view of a buffer the environment owns. It stays valid and unchanged until the next call to
/// <see cref="Reset"/>, <see cref="Step"/> or <see cref="IDisposable.Dispose"/> on the same environment,
/// and must be copied by callers that keep it longer. This is what makes stepping allocation-free and lets
/// pass-through wrappers hand the inner view on without a copy.</para>
/// <para><b>Episode rules.</b> Once a step reports <c>terminated</c> or <c>truncated</c>, further steps
/// throw <see cref="InvalidOperationException"/> until <see cref="Reset"/> is called (see
/// <see cref="EpisodeLifecycle"/>). A step before the first reset throws too.</para>
/// <para><b>Seeding.</b> <c>Reset(seed)</c> re-seeds every random source of the environment (and of its
/// wrappers) from the seed following <see cref="SeedSequence"/>; <c>Reset()</c> continues
/// the current streams. A fresh environment behaves as if it had been seeded with 0, so runs are
/// reproducible even when nobody passes a seed.</para>
/// <para><b>Threads.</b> An environment is used by one thread at a time; run several copies for parallelism
/// (<see cref="Vector.AsyncVectorEnv{TObservation, TAction}"/> gives each worker thread its own).</para>
/// </remarks>
public interface IEnv<TObservation, TAction> : IDisposable
    where TObservation : unmanaged
{
    /// <summary>Shape, element type and bounds of every observation.</summary>
    IArraySpace<TObservation> ObservationSpace { get; }

    /// <summary>The actions <see cref="Step"/> accepts.</summary>
    ISpace<TAction> ActionSpace { get; }

    /// <summary>Starts a new episode.</summary>
    /// <param name="seed">When given, re-seeds the environment's random sources first.</param>
    /// <returns>The first observation of the episode and its info.</returns>
    ResetResult<TObservation> Reset(ulong? seed = null);

    /// <summary>Applies <paramref name="action"/> for one agent step.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The action is not in <see cref="ActionSpace"/>.</exception>
    /// <exception cref="InvalidOperationException">No episode is running (never reset, or already over).</exception>
    StepResult<TObservation> Step(TAction action);
}
