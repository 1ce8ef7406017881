using SamRL.Environments.Core;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// Makes the loss of a life end the episode for the agent while the game goes on (DeepMind's training trick,
/// baselines' <c>EpisodicLifeEnv</c>): a step reports <c>terminated</c> when <see cref="EnvInfo.Lives"/>
/// drops and stays above 0. The <see cref="Reset"/> that follows such a step only steps NOOP once; any other
/// reset (game over, time limit, a reset mid-episode, a seed) resets the inner environment.
/// </summary>
/// <remarks>No effect on games without lives (lives stay 0), such as Pong.</remarks>
/// <typeparam name="TObservation">Observation element type.</typeparam>
public sealed class EpisodicLifeWrapper<TObservation> : EnvWrapper<TObservation, int>
    where TObservation : unmanaged
{
    private EpisodeLifecycle lifecycle;
    private bool gameOver = true;
    private bool continueAfterLifeLoss;
    private int lives;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">An environment that reports lives in its info.</param>
    /// <param name="noopAction">The action stepped to continue after a lost life.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="noopAction"/> is not in the action space.</exception>
    public EpisodicLifeWrapper(IEnv<TObservation, int> inner, int noopAction = 0)
        : base(inner)
    {
        if (!inner.ActionSpace.Contains(noopAction))
        {
            throw new ArgumentOutOfRangeException(nameof(noopAction), noopAction, $"The NOOP action must be in {inner.ActionSpace}.");
        }

        NoopAction = noopAction;
    }

    /// <summary>The action stepped to continue after a lost life.</summary>
    public int NoopAction { get; }

    /// <summary>True when the last episode ended because the game ended (not only a life).</summary>
    public bool WasGameOver => gameOver;

    /// <inheritdoc />
    public override ResetResult<TObservation> Reset(ulong? seed = null)
    {
        ResetResult<TObservation> result;
        if (continueAfterLifeLoss && !seed.HasValue)
        {
            var step = Inner.Step(NoopAction);
            result = step.IsDone ? Inner.Reset() : new ResetResult<TObservation>(step.Observation, step.Info);
        }
        else
        {
            result = Inner.Reset(seed);
        }

        gameOver = false;
        continueAfterLifeLoss = false;
        lives = result.Info.Lives;
        lifecycle.Started();
        return result;
    }

    /// <inheritdoc />
    public override StepResult<TObservation> Step(int action)
    {
        lifecycle.EnsureRunning(this);
        var result = Inner.Step(action);
        gameOver = result.IsDone;
        var lifeLost = result.Info.Lives < lives && result.Info.Lives > 0;
        lives = result.Info.Lives;
        var terminated = result.Terminated || lifeLost;
        continueAfterLifeLoss = lifeLost && !gameOver;
        lifecycle.Stepped(terminated, result.Truncated);
        return new StepResult<TObservation>(result.Observation, result.Reward, terminated, result.Truncated, result.Info);
    }
}
