namespace SamRL.Environments.Episodes;

/// <summary>A replay diverged from its recording: the message names the step, the quantity, and both values.</summary>
public sealed class EpisodeReplayMismatchException : Exception
{
    /// <summary>Creates the exception for step <paramref name="step"/> (0 = the reset state).</summary>
    public EpisodeReplayMismatchException(long step, string problem)
        : base($"Replay diverged at step {step}: {problem}")
    {
        Step = step;
    }

    /// <summary>Steps taken when the divergence was found (0 = right after reset).</summary>
    public long Step { get; }
}
