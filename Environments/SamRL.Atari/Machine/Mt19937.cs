namespace SamRL.Atari.Machine;

/// <summary>
/// The 32-bit Mersenne Twister, output-identical to C++ <c>std::mt19937</c>. ALE's <c>System</c> owns one,
/// seeded with <see cref="AleSystemSeed"/>, and draws the power-on RIOT RAM, the RIOT timer start at every
/// reset and the extra RAM of Superchip-style cartridges from it (ALE_REFERENCE §2.1).
/// </summary>
public sealed class Mt19937
{
    /// <summary>ALE's <c>system_random_seed</c> default, which nothing in ALE or Gymnasium changes.</summary>
    public const uint AleSystemSeed = 4_753_849;

    private const int StateSize = 624;
    private const int ShiftSize = 397;
    private const uint MatrixA = 0x9908B0DF;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7FFFFFFF;

    private readonly uint[] _state = new uint[StateSize];
    private int _index;

    /// <summary>Creates a generator seeded like <c>std::mt19937(seed)</c>.</summary>
    public Mt19937(uint seed) => Seed(seed);

    /// <summary>Re-seeds the generator like <c>std::mt19937::seed(seed)</c>.</summary>
    public void Seed(uint seed)
    {
        _state[0] = seed;
        for (int i = 1; i < StateSize; i++)
        {
            uint previous = _state[i - 1];
            _state[i] = 1_812_433_253u * (previous ^ (previous >> 30)) + (uint)i;
        }

        _index = StateSize;
    }

    /// <summary>Returns the next 32-bit output.</summary>
    public uint Next()
    {
        if (_index >= StateSize)
        {
            Twist();
        }

        uint y = _state[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9D2C5680;
        y ^= (y << 15) & 0xEFC60000;
        y ^= y >> 18;
        return y;
    }

    private void Twist()
    {
        for (int i = 0; i < StateSize; i++)
        {
            uint y = (_state[i] & UpperMask) | (_state[(i + 1) % StateSize] & LowerMask);
            uint next = _state[(i + ShiftSize) % StateSize] ^ (y >> 1);
            _state[i] = (y & 1) != 0 ? next ^ MatrixA : next;
        }

        _index = 0;
    }
}
