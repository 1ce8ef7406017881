using System.Runtime.InteropServices;
using SamRL.Environments.Core;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>
/// Chooses actions from a policy's output <c>[1, A]</c>: sampled with the worker's RNG (training) or greedy
/// (evaluation). Reads the tensor's memory in place, so choosing an action allocates nothing.
/// </summary>
internal static class ActionSampler
{
    /// <summary>Draws an action from the categorical distribution <paramref name="probabilities"/> using <paramref name="rng"/>.</summary>
    public static int Sample(Tensor probabilities, Rng rng)
    {
        var p = Values(probabilities);
        double threshold = rng.NextDouble(), cumulative = 0;
        for (int action = 0; action < p.Length; action++)
        {
            cumulative += p[action];
            if (threshold < cumulative) return action;
        }
        // Rounding can leave the cumulative sum a little below 1: fall back to the last action with mass.
        for (int action = p.Length - 1; action > 0; action--)
        {
            if (p[action] > 0) return action;
        }
        return 0;
    }

    /// <summary>The action of highest logit (the first one on ties).</summary>
    public static int Greedy(Tensor logits)
    {
        var values = Values(logits);
        int best = 0;
        for (int action = 1; action < values.Length; action++)
        {
            if (values[action] > values[best]) best = action;
        }
        return best;
    }

    private static ReadOnlySpan<float> Values(Tensor row)
    {
        if (row.dtype != ScalarType.Float32 || row.device_type != TorchSharp.DeviceType.CPU || !row.is_contiguous() || row.numel() != row.shape[^1])
            throw new ArgumentException($"expected one contiguous float32 CPU row of action values; got {row.dtype} [{string.Join(",", row.shape)}] on {row.device}", nameof(row));
        return MemoryMarshal.Cast<byte, float>(row.bytes);
    }
}
