namespace SamRL.Environments.Core;

/// <summary>
/// Sebastiano Vigna's SplitMix64 generator: a 64-bit counter advanced by the golden-ratio increment
/// <c>0x9E3779B97F4A7C15</c> and passed through a bijective mixer. SamRL uses it to expand seeds
/// (<see cref="Rng"/>, <see cref="SeedSequence"/>) and it is the random-action source of the ALE
/// reference traces, so traces and benchmarks can be replayed from a single <c>ulong</c>.
/// </summary>
/// <param name="state">The counter; the first output is <c>Mix(state + 0x9E3779B97F4A7C15)</c>.</param>
public struct SplitMix64(ulong state)
{
    /// <summary>The golden-ratio increment added to the counter before every output.</summary>
    public const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    /// <summary>The current counter; construct with it to continue the same sequence.</summary>
    public ulong State { readonly get; private set; } = state;

    /// <summary>Advances the counter and returns the next 64 random bits.</summary>
    public ulong Next()
    {
        State += GoldenGamma;
        return Mix(State);
    }

    /// <summary>The SplitMix64 output function: a bijection of 64-bit values with good avalanche.</summary>
    public static ulong Mix(ulong value)
    {
        var z = value;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
