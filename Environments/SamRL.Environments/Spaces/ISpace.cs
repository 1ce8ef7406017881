namespace SamRL.Environments.Spaces;

/// <summary>A set of values an environment produces or accepts, with its shape.</summary>
public interface ISpace
{
    /// <summary>The shape of one value.</summary>
    SpaceShape Shape { get; }
}

/// <summary>A space whose values are single <typeparamref name="T"/>s (the action spaces).</summary>
/// <typeparam name="T">The value type, e.g. <see cref="int"/> for <see cref="DiscreteSpace"/>.</typeparam>
public interface ISpace<T> : ISpace
{
    /// <summary>A value drawn uniformly from the space using <paramref name="rng"/>.</summary>
    T Sample(Core.Rng rng);

    /// <summary>True when <paramref name="value"/> belongs to the space.</summary>
    bool Contains(T value);
}
