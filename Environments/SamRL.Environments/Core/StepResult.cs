namespace SamRL.Environments.Core;

/// <summary>What <see cref="IEnv{TObservation, TAction}.Step"/> returns.</summary>
/// <typeparam name="TObservation">Observation element type.</typeparam>
/// <param name="observation">The observation after the step; valid until the environment's next call.</param>
/// <param name="reward">The reward of the step (for frame-skipping environments, the sum over the frames).</param>
/// <param name="terminated">The episode reached a terminal state of the task (game over, life lost under episodic life, ...).</param>
/// <param name="truncated">The episode was cut short from outside the task (time limit).</param>
/// <param name="info">Counters and extras after the step.</param>
public readonly ref struct StepResult<TObservation>(
    ReadOnlySpan<TObservation> observation, double reward, bool terminated, bool truncated, EnvInfo info)
    where TObservation : unmanaged
{
    /// <summary>The observation after the step, a view of the environment's buffer.</summary>
    public ReadOnlySpan<TObservation> Observation { get; } = observation;

    /// <summary>The reward of the step.</summary>
    public double Reward { get; } = reward;

    /// <summary>The task reached a terminal state; bootstrapping from <see cref="Observation"/> is wrong.</summary>
    public bool Terminated { get; } = terminated;

    /// <summary>The episode was cut short (time limit); <see cref="Observation"/> is not terminal.</summary>
    public bool Truncated { get; } = truncated;

    /// <summary>Counters and extras after the step.</summary>
    public EnvInfo Info { get; } = info;

    /// <summary><see cref="Terminated"/> or <see cref="Truncated"/>: the episode is over and needs a reset.</summary>
    public bool IsDone => Terminated || Truncated;
}
