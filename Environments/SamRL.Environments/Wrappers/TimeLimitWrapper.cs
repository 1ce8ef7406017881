using SamRL.Environments.Core;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// Truncates episodes after <see cref="MaxEpisodeSteps"/> steps of this wrapper (Gymnasium's <c>TimeLimit</c>):
/// the step that reaches the limit reports <c>truncated</c>, whatever <c>terminated</c> says.
/// Placed directly on a frame-skip-1 Atari env it counts raw frames, as the authors' gym 0.10 setup did.
/// </summary>
/// <typeparam name="TObservation">Observation element type.</typeparam>
/// <typeparam name="TAction">Action type.</typeparam>
public sealed class TimeLimitWrapper<TObservation, TAction> : EnvWrapper<TObservation, TAction>
    where TObservation : unmanaged
{
    private EpisodeLifecycle lifecycle;
    private long elapsedSteps;

    /// <summary>Wraps <paramref name="inner"/> with a limit of <paramref name="maxEpisodeSteps"/> steps.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxEpisodeSteps"/> is not positive.</exception>
    public TimeLimitWrapper(IEnv<TObservation, TAction> inner, long maxEpisodeSteps)
        : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEpisodeSteps);
        MaxEpisodeSteps = maxEpisodeSteps;
    }

    /// <summary>The number of steps after which an episode is truncated.</summary>
    public long MaxEpisodeSteps { get; }

    /// <inheritdoc />
    public override ResetResult<TObservation> Reset(ulong? seed = null)
    {
        var result = Inner.Reset(seed);
        elapsedSteps = 0;
        lifecycle.Started();
        return result;
    }

    /// <inheritdoc />
    public override StepResult<TObservation> Step(TAction action)
    {
        lifecycle.EnsureRunning(this);
        var result = Inner.Step(action);
        elapsedSteps++;
        var truncated = result.Truncated || elapsedSteps >= MaxEpisodeSteps;
        lifecycle.Stepped(result.Terminated, truncated);
        return new StepResult<TObservation>(result.Observation, result.Reward, result.Terminated, truncated, result.Info);
    }
}
