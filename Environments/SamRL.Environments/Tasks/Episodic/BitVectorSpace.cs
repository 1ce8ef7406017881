using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Tasks.Episodic;

/// <summary>
/// Bit vectors of up to 64 bits packed in a <see cref="ulong"/> (bit i = channel i): the action space of the
/// bit-output tasks, so an action is one allocation-free value.
/// </summary>
public sealed class BitVectorSpace : ISpace<ulong>
{
    /// <summary>Vectors of <paramref name="bits"/> bits.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bits"/> is outside 1..64.</exception>
    public BitVectorSpace(int bits)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 64);
        Bits = bits;
    }

    /// <summary>Number of bits.</summary>
    public int Bits { get; }

    /// <inheritdoc/>
    public SpaceShape Shape => SpaceShape.Scalar;

    /// <summary>Mask of the valid bits.</summary>
    public ulong ValidBits => Bits == 64 ? ulong.MaxValue : (1UL << Bits) - 1;

    /// <inheritdoc/>
    public ulong Sample(Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return rng.NextUInt64() & ValidBits;
    }

    /// <inheritdoc/>
    public bool Contains(ulong value) => (value & ~ValidBits) == 0;

    /// <inheritdoc/>
    public override string ToString() => $"BitVector({Bits})";
}
