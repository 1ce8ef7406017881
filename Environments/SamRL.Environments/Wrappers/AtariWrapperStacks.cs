using SamRL.Environments.Core;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// The two published wrapper stacks, built on a raw, frame-skip-1 Atari environment (a <c>NoFrameskip</c> id):
/// the SAM authors' (reference §3.1) and the DeepMind / OpenAI-baselines one (ALE reference §11). Both put an
/// <see cref="EpisodeStatisticsWrapper{TObservation, TAction}"/> right above the frame skip, so
/// <see cref="EnvInfo.Episode"/> reports real game scores and agent-step lengths whatever the outer wrappers do.
/// </summary>
public static class AtariWrapperStacks
{
    /// <summary>
    /// The authors' stack, inner to outer: time limit of <c>maxEpisodeLength × skip</c> raw frames, noop reset (30),
    /// max-and-skip over the last 3 raw frames kept across steps, episode statistics, episodic life, fire reset
    /// (only for games whose action 1 is FIRE), <see cref="AtariPreprocessingOptions.Authors"/> preprocessing to
    /// <c>(1, 80, 80)</c>, running normalisation with α = 0.9999. No reward clipping, no frame stack.
    /// </summary>
    /// <param name="raw">A frame-skip-1 Atari environment with RGB screens.</param>
    /// <param name="skip">The paper's frame skip (0, 4, 16, 32); 0 means every frame.</param>
    /// <param name="maxEpisodeLength">Agent steps per episode (the authors' <c>--max-episode-length</c>, 10000).</param>
    /// <param name="preprocessing">The preprocessing; default <see cref="AtariPreprocessingOptions.Authors"/> with Pong's crop.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative or <paramref name="maxEpisodeLength"/> is not positive.</exception>
    public static IEnv<float, int> Authors(IEnv<byte, int> raw, int skip, int maxEpisodeLength = 10_000, AtariPreprocessingOptions? preprocessing = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEpisodeLength);
        var rawFramesPerStep = Math.Max(skip, 1);
        IEnv<byte, int> env = new TimeLimitWrapper<byte, int>(raw, (long)maxEpisodeLength * rawFramesPerStep);
        env = new NoopResetWrapper<byte>(env, noopMax: 30);
        env = new MaxAndSkipWrapper<byte, int>(env, rawFramesPerStep, poolSize: 3, MaxPoolScope.AcrossSteps);
        env = new EpisodeStatisticsWrapper<byte, int>(env);
        env = new EpisodicLifeWrapper<byte>(env);
        if (FireResetWrapper<byte>.IsApplicable(env))
        {
            env = new FireResetWrapper<byte>(env);
        }

        var frames = new AtariPreprocessingWrapper<int>(env, preprocessing ?? AtariPreprocessingOptions.Authors());
        return new RunningNormalizationWrapper<int>(frames, alpha: 0.9999);
    }

    /// <summary>
    /// The DeepMind / baselines training stack, inner to outer: noop reset (30), max-and-skip over the last 2 frames
    /// of each step, episode statistics, episodic life (optional), fire reset (only for games whose action 1 is FIRE),
    /// <see cref="AtariPreprocessingOptions.DeepMind"/> preprocessing to <c>(1, 84, 84)</c>, sign reward clipping
    /// (optional), a stack of 4 frames to <c>(4, 84, 84)</c>.
    /// </summary>
    /// <param name="raw">A frame-skip-1 Atari environment with RGB or grey screens.</param>
    /// <param name="skip">Raw frames per agent step (4); 0 means every frame.</param>
    /// <param name="episodicLife">Whether a lost life ends the agent's episode (training: true).</param>
    /// <param name="clipRewards">Whether rewards are clipped to their sign (training: true).</param>
    /// <param name="frameStack">Frames stacked (4).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative or <paramref name="frameStack"/> is not positive.</exception>
    public static IEnv<float, int> DeepMind(IEnv<byte, int> raw, int skip = 4, bool episodicLife = true, bool clipRewards = true, int frameStack = 4)
    {
        ArgumentNullException.ThrowIfNull(raw);
        IEnv<byte, int> env = new NoopResetWrapper<byte>(raw, noopMax: 30);
        env = new MaxAndSkipWrapper<byte, int>(env, skip, poolSize: 2, MaxPoolScope.WithinStep);
        env = new EpisodeStatisticsWrapper<byte, int>(env);
        if (episodicLife)
        {
            env = new EpisodicLifeWrapper<byte>(env);
        }

        if (FireResetWrapper<byte>.IsApplicable(env))
        {
            env = new FireResetWrapper<byte>(env);
        }

        IEnv<float, int> frames = new AtariPreprocessingWrapper<int>(env, AtariPreprocessingOptions.DeepMind);
        if (clipRewards)
        {
            frames = new RewardClippingWrapper<float, int>(frames, RewardClipping.Sign);
        }

        return new FrameStackWrapper<float, int>(frames, frameStack);
    }
}
