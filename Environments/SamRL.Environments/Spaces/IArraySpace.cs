using SamRL.Environments.Core;

namespace SamRL.Environments.Spaces;

/// <summary>
/// A space whose values are flat, row-major arrays of <typeparamref name="T"/> with <see cref="ISpace.Shape"/>
/// (the observation spaces). Values are passed as spans, so sampling and checking allocate nothing.
/// </summary>
/// <typeparam name="T">The element type (<see cref="byte"/> or <see cref="float"/> in SamRL).</typeparam>
public interface IArraySpace<T> : ISpace
    where T : unmanaged
{
    /// <summary>Fills <paramref name="destination"/> with a value drawn from the space.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/>'s length is not the shape's element count.</exception>
    void Sample(Rng rng, Span<T> destination);

    /// <summary>True when <paramref name="value"/> has the shape's element count and every element is within the space.</summary>
    bool Contains(ReadOnlySpan<T> value);
}
