using SamRL.Environments.Core;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// For games that stay frozen until FIRE is pressed (Breakout, Pong, ...): after every reset, steps
/// FIRE (action 1) and then action 2, resetting again if either ends the episode (baselines' <c>FireResetEnv</c>).
/// </summary>
/// <typeparam name="TObservation">Observation element type.</typeparam>
public sealed class FireResetWrapper<TObservation> : EnvWrapper<TObservation, int>
    where TObservation : unmanaged
{
    private const int FireAction = 1;
    private const int FollowUpAction = 2;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <exception cref="ArgumentException">The environment does not name its actions, action 1 is not FIRE, or it has fewer than 3 actions (see <see cref="IsApplicable"/>).</exception>
    public FireResetWrapper(IEnv<TObservation, int> inner)
        : base(inner)
    {
        if (!IsApplicable(inner))
        {
            throw new ArgumentException(
                $"{inner}: the fire-reset wrapper needs an environment whose action 1 is 'FIRE' and that has at least 3 actions " +
                $"(action meanings: {Describe(inner)}). Use FireResetWrapper.IsApplicable to apply it only to such games.",
                nameof(inner));
        }
    }

    /// <summary>True when the stack names its actions, action 1 is <c>FIRE</c> and there are at least 3 actions.</summary>
    public static bool IsApplicable(object environment)
    {
        var meanings = EnvChain.Find<IHasActionMeanings>(environment)?.ActionMeanings;
        return meanings is { Count: >= 3 } && meanings[FireAction] == "FIRE";
    }

    /// <inheritdoc />
    public override ResetResult<TObservation> Reset(ulong? seed = null)
    {
        Inner.Reset(seed);
        var fire = Inner.Step(FireAction);
        if (fire.IsDone)
        {
            Inner.Reset();
        }

        var followUp = Inner.Step(FollowUpAction);
        if (followUp.IsDone)
        {
            var again = Inner.Reset();
            return new ResetResult<TObservation>(again.Observation, again.Info);
        }

        return new ResetResult<TObservation>(followUp.Observation, followUp.Info);
    }

    private static string Describe(object environment) =>
        EnvChain.Find<IHasActionMeanings>(environment)?.ActionMeanings is { } meanings
            ? string.Join(", ", meanings)
            : "none; the environment does not implement IHasActionMeanings";
}
