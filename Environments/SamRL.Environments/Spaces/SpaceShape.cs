using System.Collections.Immutable;

namespace SamRL.Environments.Spaces;

/// <summary>
/// The dimensions of a space's values, outermost first (row-major), e.g. <c>(210, 160, 3)</c> for an RGB
/// Atari screen; the empty shape <c>()</c> is a scalar. Compared by value.
/// </summary>
public sealed class SpaceShape : IEquatable<SpaceShape>
{
    private readonly ImmutableArray<int> dimensions;

    /// <summary>Creates a shape; every dimension must be positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is zero or negative.</exception>
    public SpaceShape(params ReadOnlySpan<int> dimensions)
    {
        long count = 1;
        for (var i = 0; i < dimensions.Length; i++)
        {
            if (dimensions[i] <= 0)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(dimensions), dimensions[i], $"Shape dimension {i} must be positive.");
            }

            count *= dimensions[i];
            if (count > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(dimensions), $"A shape may hold at most {int.MaxValue} elements.");
            }
        }

        this.dimensions = [.. dimensions];
        ElementCount = (int)count;
    }

    /// <summary>The shape of a scalar value: no dimensions, one element.</summary>
    public static SpaceShape Scalar { get; } = new();

    /// <summary>The dimensions, outermost first.</summary>
    public ReadOnlySpan<int> Dimensions => dimensions.AsSpan();

    /// <summary>The number of dimensions.</summary>
    public int Rank => dimensions.Length;

    /// <summary>The number of elements of one value (the product of the dimensions; 1 for a scalar).</summary>
    public int ElementCount { get; }

    /// <summary>Dimension <paramref name="index"/>.</summary>
    public int this[int index] => dimensions[index];

    /// <inheritdoc />
    public bool Equals(SpaceShape? other) =>
        other is not null && Dimensions.SequenceEqual(other.Dimensions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SpaceShape);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var dimension in dimensions)
        {
            hash.Add(dimension);
        }

        return hash.ToHashCode();
    }

    /// <summary>The shape in Python tuple notation, e.g. <c>(210, 160, 3)</c> or <c>(4,)</c>.</summary>
    public override string ToString() =>
        Rank == 1 ? $"({dimensions[0]},)" : $"({string.Join(", ", dimensions)})";
}
