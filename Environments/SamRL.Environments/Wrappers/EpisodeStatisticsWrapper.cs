using SamRL.Environments.Core;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// Adds up rewards and steps and, on the step that ends an episode, reports them in
/// <see cref="EnvInfo.Episode"/> (Gymnasium's <c>RecordEpisodeStatistics</c>). Place it below reward
/// clipping and episodic life to log the game's real score per life or per game as wanted.
/// </summary>
/// <typeparam name="TObservation">Observation element type.</typeparam>
/// <typeparam name="TAction">Action type.</typeparam>
/// <param name="inner">The environment whose episodes are measured.</param>
public sealed class EpisodeStatisticsWrapper<TObservation, TAction>(IEnv<TObservation, TAction> inner)
    : EnvWrapper<TObservation, TAction>(inner)
    where TObservation : unmanaged
{
    private double episodeReturn;
    private long episodeLength;

    /// <inheritdoc />
    public override ResetResult<TObservation> Reset(ulong? seed = null)
    {
        var result = Inner.Reset(seed);
        episodeReturn = 0;
        episodeLength = 0;
        return result;
    }

    /// <inheritdoc />
    public override StepResult<TObservation> Step(TAction action)
    {
        var result = Inner.Step(action);
        episodeReturn += result.Reward;
        episodeLength++;
        if (!result.IsDone)
        {
            return result;
        }

        var info = result.Info with { Episode = new EpisodeStatistics(episodeReturn, episodeLength) };
        return new StepResult<TObservation>(result.Observation, result.Reward, result.Terminated, result.Truncated, info);
    }
}
