using SamRL.Environments.Core;

namespace SamRL.Environments.Spaces;

/// <summary>Arrays of bits stored as bytes 0 or 1, with a given shape (Gymnasium's <c>MultiBinary</c>).</summary>
/// <param name="shape">The shape of one value.</param>
public sealed class MultiBinarySpace(SpaceShape shape) : IArraySpace<byte>
{
    /// <summary>Creates the space of bit vectors of length <paramref name="length"/>.</summary>
    public MultiBinarySpace(int length)
        : this(new SpaceShape(length))
    {
    }

    /// <inheritdoc />
    public SpaceShape Shape { get; } = shape ?? throw new ArgumentNullException(nameof(shape));

    /// <inheritdoc />
    public void Sample(Rng rng, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(rng);
        SpaceChecks.EnsureLength(destination.Length, Shape, nameof(destination));
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (byte)(rng.NextUInt64() >> 63);
        }
    }

    /// <inheritdoc />
    public bool Contains(ReadOnlySpan<byte> value) =>
        value.Length == Shape.ElementCount && !value.ContainsAnyExceptInRange((byte)0, (byte)1);

    /// <summary>Gymnasium notation, e.g. <c>MultiBinary((8,))</c>.</summary>
    public override string ToString() => $"MultiBinary({Shape})";
}
