using System.Numerics;
using SamRL.Environments.Core;

namespace SamRL.Environments.Spaces;

/// <summary>
/// Arrays whose element <c>i</c> lies in <c>[Low[i], High[i]]</c> (Gymnasium's <c>Box</c>). Used with
/// <see cref="byte"/> (Atari screens, RAM) and <see cref="float"/> (preprocessed frames, tasks); floating
/// bounds may be infinite.
/// </summary>
/// <typeparam name="T">Element type: a floating-point type or an integer type.</typeparam>
public sealed class BoxSpace<T> : IArraySpace<T>
    where T : unmanaged, INumber<T>
{
    private static readonly bool IsFloatingPoint =
        typeof(T) == typeof(float) || typeof(T) == typeof(double) || typeof(T) == typeof(Half);

    private readonly T[] low;
    private readonly T[] high;

    /// <summary>Creates a box with the same bounds for every element.</summary>
    /// <exception cref="ArgumentException"><paramref name="low"/> is above <paramref name="high"/>, or a bound is NaN.</exception>
    public BoxSpace(T low, T high, SpaceShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        Shape = shape;
        this.low = new T[shape.ElementCount];
        this.high = new T[shape.ElementCount];
        Array.Fill(this.low, low);
        Array.Fill(this.high, high);
        ValidateBounds();
    }

    /// <summary>Creates a box with per-element bounds (row-major, one per element of <paramref name="shape"/>).</summary>
    /// <exception cref="ArgumentException">A bound array has the wrong length, a low is above its high, or a bound is NaN.</exception>
    public BoxSpace(ReadOnlySpan<T> low, ReadOnlySpan<T> high, SpaceShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        SpaceChecks.EnsureLength(low.Length, shape, nameof(low));
        SpaceChecks.EnsureLength(high.Length, shape, nameof(high));
        Shape = shape;
        this.low = low.ToArray();
        this.high = high.ToArray();
        ValidateBounds();
    }

    /// <inheritdoc />
    public SpaceShape Shape { get; }

    /// <summary>The lower bound of each element, row-major.</summary>
    public ReadOnlySpan<T> Low => low;

    /// <summary>The upper bound of each element, row-major.</summary>
    public ReadOnlySpan<T> High => high;

    /// <summary>
    /// Fills <paramref name="destination"/> like Gymnasium's <c>Box.sample</c>: integers uniformly in
    /// <c>[low, high]</c>; floats uniformly in <c>[low, high)</c> when both bounds are finite, as
    /// <c>low + Exp(1)</c> or <c>high − Exp(1)</c> when one is, and standard normal when neither is.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/>'s length is not the shape's element count.</exception>
    public void Sample(Rng rng, Span<T> destination)
    {
        ArgumentNullException.ThrowIfNull(rng);
        SpaceChecks.EnsureLength(destination.Length, Shape, nameof(destination));
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = IsFloatingPoint ? SampleFloating(rng, low[i], high[i]) : SampleInteger(rng, low[i], high[i]);
        }
    }

    /// <inheritdoc />
    public bool Contains(ReadOnlySpan<T> value)
    {
        if (value.Length != Shape.ElementCount)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (!(value[i] >= low[i] && value[i] <= high[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gymnasium-like notation, e.g. <c>Box(0, 255, (210, 160, 3), Byte)</c>, with <c>low</c>/<c>high</c> shown when uniform.</summary>
    public override string ToString()
    {
        var uniform = low.AsSpan().IndexOfAnyExcept(low[0]) < 0 && high.AsSpan().IndexOfAnyExcept(high[0]) < 0;
        var bounds = uniform ? $"{low[0]}, {high[0]}" : "per-element bounds";
        return $"Box({bounds}, {Shape}, {typeof(T).Name})";
    }

    private static T SampleFloating(Rng rng, T lowBound, T highBound)
    {
        var lowValue = double.CreateChecked(lowBound);
        var highValue = double.CreateChecked(highBound);
        var lowFinite = double.IsFinite(lowValue);
        var highFinite = double.IsFinite(highValue);
        var sample = (lowFinite, highFinite) switch
        {
            (true, true) => lowValue + (rng.NextDouble() * (highValue - lowValue)),
            (true, false) => lowValue - Math.Log(1.0 - rng.NextDouble()),
            (false, true) => highValue + Math.Log(1.0 - rng.NextDouble()),
            (false, false) => rng.NextGaussian(),
        };

        return T.CreateSaturating(sample);
    }

    private static T SampleInteger(Rng rng, T lowBound, T highBound) =>
        T.CreateChecked(rng.NextInt64(long.CreateChecked(lowBound), long.CreateChecked(highBound)));

    private void ValidateBounds()
    {
        for (var i = 0; i < low.Length; i++)
        {
            if (T.IsNaN(low[i]) || T.IsNaN(high[i]))
            {
                throw new ArgumentException($"Box bounds must not be NaN (element {i}).", nameof(low));
            }

            if (low[i] > high[i])
            {
                throw new ArgumentException(
                    $"Box lower bound {low[i]} is above upper bound {high[i]} at element {i}.", nameof(low));
            }
        }
    }
}
