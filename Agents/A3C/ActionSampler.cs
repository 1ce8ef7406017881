using SamRL.Environments.Core;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>Chooses actions from a policy's probabilities <c>[1, A]</c>: sampled with the worker's RNG (training) or greedy (evaluation).</summary>
internal static class ActionSampler
{
    /// <summary>Draws an action from the categorical distribution <paramref name="probabilities"/> using <paramref name="rng"/>.</summary>
    public static int Sample(Tensor probabilities, Rng rng)
    {
        var accessor = probabilities.data<float>();
        long count = probabilities.shape[^1];
        double threshold = rng.NextDouble(), cumulative = 0;
        for (long action = 0; action < count; action++)
        {
            cumulative += accessor[action];
            if (threshold < cumulative) return (int)action;
        }
        // Rounding can leave the cumulative sum a little below 1: fall back to the last action with mass.
        for (long action = count - 1; action > 0; action--)
        {
            if (accessor[action] > 0) return (int)action;
        }
        return 0;
    }

    /// <summary>The action of highest probability (the first one on ties).</summary>
    public static int Greedy(Tensor logits)
    {
        var accessor = logits.data<float>();
        long count = logits.shape[^1];
        int best = 0;
        for (int action = 1; action < count; action++)
        {
            if (accessor[action] > accessor[best]) best = action;
        }
        return best;
    }
}
