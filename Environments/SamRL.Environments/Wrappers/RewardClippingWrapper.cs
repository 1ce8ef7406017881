using SamRL.Environments.Core;

namespace SamRL.Environments.Wrappers;

/// <summary>Clips every step's reward, by sign or by clamping to ±<see cref="Bound"/> (training only; evaluate on raw rewards).</summary>
/// <typeparam name="TObservation">Observation element type.</typeparam>
/// <typeparam name="TAction">Action type.</typeparam>
public sealed class RewardClippingWrapper<TObservation, TAction> : EnvWrapper<TObservation, TAction>
    where TObservation : unmanaged
{
    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The environment whose rewards are clipped.</param>
    /// <param name="mode">Sign (default) or clamp.</param>
    /// <param name="bound">The clamp bound; must be positive and finite. Ignored by <see cref="RewardClipping.Sign"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is not positive and finite, or <paramref name="mode"/> is unknown.</exception>
    public RewardClippingWrapper(IEnv<TObservation, TAction> inner, RewardClipping mode = RewardClipping.Sign, double bound = 1.0)
        : base(inner)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Expected RewardClipping.Sign or RewardClipping.Clamp.");
        }

        if (!double.IsFinite(bound) || bound <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bound), bound, "The clamp bound must be positive and finite.");
        }

        Mode = mode;
        Bound = bound;
    }

    /// <summary>The clipping rule.</summary>
    public RewardClipping Mode { get; }

    /// <summary>The clamp bound of <see cref="RewardClipping.Clamp"/>.</summary>
    public double Bound { get; }

    /// <inheritdoc />
    public override StepResult<TObservation> Step(TAction action)
    {
        var result = Inner.Step(action);
        var reward = Mode == RewardClipping.Sign ? Math.Sign(result.Reward) : Math.Clamp(result.Reward, -Bound, Bound);
        return new StepResult<TObservation>(result.Observation, reward, result.Terminated, result.Truncated, result.Info);
    }
}
