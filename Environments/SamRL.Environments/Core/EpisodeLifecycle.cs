namespace SamRL.Environments.Core;

/// <summary>
/// Enforces the episode rules of <see cref="IEnv{TObservation, TAction}"/> for an environment or wrapper:
/// no step before the first reset, none after the episode ended. Keep it in a non-readonly field.
/// </summary>
public struct EpisodeLifecycle
{
    private bool running;

    /// <summary>True between a reset and the step that ends the episode.</summary>
    public readonly bool IsRunning => running;

    /// <summary>Records that an episode started.</summary>
    public void Started() => running = true;

    /// <summary>Throws unless an episode is running.</summary>
    /// <param name="environment">Named in the message through its <see cref="object.ToString"/> (e.g. <c>TimeLimit(Pong-v5)</c>),
    /// which is only called when the check fails, so the check allocates nothing.</param>
    /// <exception cref="InvalidOperationException">Step before reset, or after terminated/truncated.</exception>
    public readonly void EnsureRunning(object environment)
    {
        if (!running)
        {
            throw new InvalidOperationException(
                $"{environment}: Step was called with no running episode; call Reset first " +
                "(after a step returned terminated or truncated, the episode must be reset before stepping again).");
        }
    }

    /// <summary>Records the outcome of a step; the episode stops running when it terminated or was truncated.</summary>
    public void Stepped(bool terminated, bool truncated)
    {
        if (terminated || truncated)
        {
            running = false;
        }
    }
}
