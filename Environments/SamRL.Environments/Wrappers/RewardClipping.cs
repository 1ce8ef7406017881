namespace SamRL.Environments.Wrappers;

/// <summary>How <see cref="RewardClippingWrapper{TObservation, TAction}"/> maps a reward.</summary>
public enum RewardClipping
{
    /// <summary>The sign of the reward: −1, 0 or +1 (OpenAI baselines' <c>ClipRewardEnv</c>, DQN).</summary>
    Sign,

    /// <summary>The reward clamped to <c>[−bound, +bound]</c>, keeping small rewards' magnitude.</summary>
    Clamp,
}
