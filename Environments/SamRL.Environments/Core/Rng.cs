namespace SamRL.Environments.Core;

/// <summary>
/// The random generator of SamRL: xoshiro256** (Blackman and Vigna), seeded through <see cref="SplitMix64"/>.
/// Deterministic across runs, machines and .NET versions, unlike <see cref="Random"/>; not thread-safe
/// (give each thread its own, derived with <see cref="SeedSequence.Derive"/>).
/// </summary>
public sealed class Rng
{
    private ulong s0, s1, s2, s3;

    /// <summary>Creates a generator whose state is the first four <see cref="SplitMix64"/> outputs of <paramref name="seed"/>.</summary>
    public Rng(ulong seed) => Reseed(seed);

    private Rng(ulong s0, ulong s1, ulong s2, ulong s3) => (this.s0, this.s1, this.s2, this.s3) = (s0, s1, s2, s3);

    /// <summary>Restores a generator from a state captured with <see cref="GetState"/> (for checkpoints).</summary>
    /// <exception cref="ArgumentException">All four words are zero, the one state xoshiro can never leave.</exception>
    public static Rng FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw new ArgumentException("A xoshiro256** state must not be all zero.", nameof(s0));
        }

        return new Rng(s0, s1, s2, s3);
    }

    /// <summary>The four state words, to save in a checkpoint and restore with <see cref="FromState"/>.</summary>
    public (ulong S0, ulong S1, ulong S2, ulong S3) GetState() => (s0, s1, s2, s3);

    /// <summary>Restarts the generator as <c>new Rng(seed)</c> would, without allocating.</summary>
    public void Reseed(ulong seed)
    {
        var expander = new SplitMix64(seed);
        s0 = expander.Next();
        s1 = expander.Next();
        s2 = expander.Next();
        s3 = expander.Next();
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform integer in <c>[0, maxExclusive)</c>, without modulo bias (Lemire's method).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is not positive.</exception>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)NextUInt64Below((ulong)maxExclusive);
    }

    /// <summary>A uniform integer in <c>[minInclusive, maxInclusive]</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxInclusive"/> is below <paramref name="minInclusive"/>.</exception>
    public long NextInt64(long minInclusive, long maxInclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInclusive, minInclusive);
        var span = (ulong)(maxInclusive - minInclusive);
        var offset = span == ulong.MaxValue ? NextUInt64() : NextUInt64Below(span + 1);
        return minInclusive + (long)offset;
    }

    /// <summary>A uniform double in <c>[0, 1)</c> with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform float in <c>[0, 1)</c> with 24 random bits.</summary>
    public float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1 << 24));

    /// <summary>A standard normal sample (Box–Muller; one of the pair is discarded to keep the state simple).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private ulong NextUInt64Below(ulong bound)
    {
        var product = (UInt128)NextUInt64() * bound;
        var low = (ulong)product;
        if (low < bound)
        {
            var threshold = (0 - bound) % bound;
            while (low < threshold)
            {
                product = (UInt128)NextUInt64() * bound;
                low = (ulong)product;
            }
        }

        return (ulong)(product >> 64);
    }
}
