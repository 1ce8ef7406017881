namespace SamRL.Atari.Env;

/// <summary>
/// NumPy's <c>SeedSequence</c> (O'Neill's seed_seq design, pool of four 32-bit words) for an integer seed without a
/// spawn key: what Gymnasium's Atari environment uses to turn <c>reset(seed=s)</c> into ALE's random_seed
/// (<c>SeedSequence(s).generate_state(2)[1]</c>, ALE_REFERENCE §10). Only used at seeded resets; it allocates.
/// </summary>
public static class NumPySeedSequence
{
    private const uint InitA = 0x43B0D7E5;
    private const uint MultA = 0x931E8875;
    private const uint InitB = 0x8B51F9DD;
    private const uint MultB = 0x58F38DED;
    private const uint MixMultL = 0xCA01F9DD;
    private const uint MixMultR = 0x4973F715;
    private const int XShift = 16;
    private const int PoolSize = 4;

    /// <summary>The entropy words NumPy makes of a non-negative integer: 32-bit little-endian words, <c>[0]</c> for 0.</summary>
    public static uint[] EntropyOf(ulong seed) => seed <= uint.MaxValue ? [(uint)seed] : [(uint)seed, (uint)(seed >> 32)];

    /// <summary><c>SeedSequence(entropy).generate_state(words)</c> with 32-bit words.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="words"/> is negative.</exception>
    public static uint[] GenerateState(ReadOnlySpan<uint> entropy, int words)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(words);
        Span<uint> pool = stackalloc uint[PoolSize];
        uint hashConstant = InitA;
        for (int i = 0; i < PoolSize; i++)
        {
            pool[i] = HashMix(i < entropy.Length ? entropy[i] : 0, ref hashConstant);
        }

        // Every pool word is mixed into every other, so late entropy words affect early pool words.
        for (int source = 0; source < PoolSize; source++)
        {
            for (int destination = 0; destination < PoolSize; destination++)
            {
                if (source != destination)
                {
                    pool[destination] = Mix(pool[destination], HashMix(pool[source], ref hashConstant));
                }
            }
        }

        for (int source = PoolSize; source < entropy.Length; source++)
        {
            for (int destination = 0; destination < PoolSize; destination++)
            {
                pool[destination] = Mix(pool[destination], HashMix(entropy[source], ref hashConstant));
            }
        }

        var state = new uint[words];
        uint outputConstant = InitB;
        for (int i = 0; i < words; i++)
        {
            uint value = pool[i % PoolSize] ^ outputConstant;
            outputConstant *= MultB;
            value *= outputConstant;
            state[i] = value ^ (value >> XShift);
        }

        return state;
    }

    private static uint HashMix(uint value, ref uint hashConstant)
    {
        value ^= hashConstant;
        hashConstant *= MultA;
        value *= hashConstant;
        return value ^ (value >> XShift);
    }

    private static uint Mix(uint x, uint y)
    {
        uint result = (MixMultL * x) - (MixMultR * y);
        return result ^ (result >> XShift);
    }
}
