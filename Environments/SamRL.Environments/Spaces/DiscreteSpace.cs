using SamRL.Environments.Core;

namespace SamRL.Environments.Spaces;

/// <summary>
/// The integers <c>Start, Start + 1, ..., Start + Count - 1</c> (Gymnasium's <c>Discrete(n, start)</c>);
/// the action space of Atari games.
/// </summary>
public sealed class DiscreteSpace : ISpace<int>
{
    /// <summary>Creates the space of <paramref name="count"/> integers starting at <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not positive, or the range overflows <see cref="int"/>.</exception>
    public DiscreteSpace(int count, int start = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if ((long)start + count - 1 > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"start + count - 1 must fit in an int (count = {count}).");
        }

        Count = count;
        Start = start;
    }

    /// <summary>How many values the space has (Gymnasium's <c>n</c>).</summary>
    public int Count { get; }

    /// <summary>The smallest value.</summary>
    public int Start { get; }

    /// <inheritdoc />
    public SpaceShape Shape => SpaceShape.Scalar;

    /// <inheritdoc />
    public int Sample(Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return Start + rng.NextInt(Count);
    }

    /// <inheritdoc />
    public bool Contains(int value) => value >= Start && value - (long)Start < Count;

    /// <summary>Throws when <paramref name="action"/> is outside the space; for environments validating their input.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The action is not in the space.</exception>
    public void EnsureContains(int action, string parameterName = "action")
    {
        if (!Contains(action))
        {
            throw new ArgumentOutOfRangeException(parameterName, action, $"Expected an action in {this}.");
        }
    }

    /// <summary>Gymnasium notation, e.g. <c>Discrete(6)</c> or <c>Discrete(3, start=-1)</c>.</summary>
    public override string ToString() => Start == 0 ? $"Discrete({Count})" : $"Discrete({Count}, start={Start})";
}
