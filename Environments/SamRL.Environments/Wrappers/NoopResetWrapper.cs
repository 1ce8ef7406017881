using SamRL.Environments.Core;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// Randomises the start state: after every reset, takes <c>n</c> NOOP steps with <c>n</c> uniform in
/// <c>1..NoopMax</c>, resetting again if the episode ends meanwhile (OpenAI baselines' <c>NoopResetEnv</c>,
/// the SAM authors' setup with <c>noop_max = 30</c>).
/// </summary>
/// <remarks>
/// The count comes from this wrapper's own <see cref="Rng"/>, seeded with
/// <c>SeedSequence.Derive(seed, <see cref="SeedStream"/>)</c> by <c>Reset(seed)</c> and with seed 0 at
/// construction; the seed is also passed on to the inner environment.
/// </remarks>
/// <typeparam name="TObservation">Observation element type.</typeparam>
public sealed class NoopResetWrapper<TObservation> : EnvWrapper<TObservation, int>
    where TObservation : unmanaged
{
    /// <summary>The <see cref="SeedSequence"/> stream of the noop count.</summary>
    public const ulong SeedStream = 0x4E4F4F50; // "NOOP"

    private readonly Rng rng = new(SeedSequence.Derive(0, SeedStream));

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The environment; its action <paramref name="noopAction"/> must do nothing.</param>
    /// <param name="noopMax">The largest number of NOOPs; 0 disables the wrapper's effect.</param>
    /// <param name="noopAction">The NOOP action (0 in ALE).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="noopMax"/> is negative or <paramref name="noopAction"/> is not in the action space.</exception>
    /// <exception cref="ArgumentException">The environment names its actions and action <paramref name="noopAction"/> is not <c>NOOP</c>.</exception>
    public NoopResetWrapper(IEnv<TObservation, int> inner, int noopMax = 30, int noopAction = 0)
        : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(noopMax);
        if (!inner.ActionSpace.Contains(noopAction))
        {
            throw new ArgumentOutOfRangeException(nameof(noopAction), noopAction, $"The NOOP action must be in {inner.ActionSpace}.");
        }

        var meanings = EnvChain.Find<IHasActionMeanings>(inner)?.ActionMeanings;
        if (meanings is not null && meanings[noopAction] != "NOOP")
        {
            throw new ArgumentException(
                $"{inner}: action {noopAction} is '{meanings[noopAction]}', expected 'NOOP' for the noop-reset wrapper.", nameof(noopAction));
        }

        NoopMax = noopMax;
        NoopAction = noopAction;
    }

    /// <summary>The largest number of NOOPs after a reset.</summary>
    public int NoopMax { get; }

    /// <summary>The action taken as NOOP.</summary>
    public int NoopAction { get; }

    /// <inheritdoc />
    public override ResetResult<TObservation> Reset(ulong? seed = null)
    {
        if (seed is { } value)
        {
            rng.Reseed(SeedSequence.Derive(value, SeedStream));
        }

        var result = Inner.Reset(seed);
        if (NoopMax == 0)
        {
            return result;
        }

        var observation = result.Observation;
        var info = result.Info;
        var noops = 1 + rng.NextInt(NoopMax);
        for (var i = 0; i < noops; i++)
        {
            var step = Inner.Step(NoopAction);
            observation = step.Observation;
            info = step.Info;
            if (step.IsDone)
            {
                var again = Inner.Reset();
                observation = again.Observation;
                info = again.Info;
            }
        }

        return new ResetResult<TObservation>(observation, info);
    }
}
