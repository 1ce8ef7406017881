using System.Globalization;

namespace SamRL.Runner.Rendering;

/// <summary>
/// An axis's tick marks at round values (1, 2, 2.5 or 5 times a power of ten) inside its range, so that a curve
/// from −21 to −16.73 is labelled −21, −20, …, −17 instead of the range cut into equal parts (−16.73, −17.8, …).
/// The axis keeps its data range; only where the ticks fall changes.
/// </summary>
/// <param name="Step">The distance between neighbouring ticks.</param>
/// <param name="Values">The ticks inside the range, in increasing order.</param>
/// <param name="Decimals">The decimals a label needs to tell neighbouring ticks apart.</param>
public sealed record AxisTicks(double Step, IReadOnlyList<double> Values, int Decimals)
{
    /// <summary>At most this many steps across the range by default (so at most seven ticks): enough to read a value off a
    /// 300-pixel axis, few enough for labels to stay apart.</summary>
    public const int DefaultMostSteps = 6;

    private static readonly double[] RoundMantissas = [1, 2, 2.5, 5, 10];

    /// <summary>The ticks of an axis running from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    /// <param name="minimum">The axis's lower end.</param>
    /// <param name="maximum">The axis's upper end; greater than <paramref name="minimum"/>.</param>
    /// <param name="mostSteps">The most steps the range may hold; the smallest round step that keeps to it is chosen.</param>
    public static AxisTicks Within(double minimum, double maximum, int mostSteps = DefaultMostSteps)
    {
        if (!double.IsFinite(minimum) || !double.IsFinite(maximum) || maximum <= minimum)
        {
            throw new ArgumentException($"An axis needs finite ends with minimum < maximum (got {minimum} and {maximum}).");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(mostSteps, 1);
        var rawStep = (maximum - minimum) / mostSteps;
        var exponent = (int)Math.Floor(Math.Log10(rawStep));
        var power = Math.Pow(10, exponent);
        // The tolerance keeps a raw step of exactly 2 × 10^k from being rounded up to 2.5 by the division's last bit.
        var mantissa = RoundMantissas.First(candidate => candidate >= (rawStep / power) * (1 - 1e-9));
        if (mantissa == 10)
        {
            (mantissa, exponent, power) = (1, exponent + 1, power * 10);
        }

        var step = mantissa * power;
        var decimals = Math.Max(0, -exponent + (mantissa == 2.5 ? 1 : 0));
        var first = (long)Math.Ceiling((minimum / step) - 1e-9);
        var last = (long)Math.Floor((maximum / step) + 1e-9);
        var values = new List<double>();
        for (var index = first; index <= last; index++)
        {
            // Rounding to the label's decimals removes the products' last-bit error (0.30000000000000004, −0).
            var value = Math.Round(index * step, decimals);
            values.Add(value == 0 ? 0 : value);
        }

        return new AxisTicks(step, values, decimals);
    }

    /// <summary>The label of <paramref name="value"/>: thousands grouped, exactly <see cref="Decimals"/> decimals.</summary>
    public string Label(double value) =>
        value.ToString(Decimals == 0 ? "#,0" : "#,0." + new string('0', Decimals), CultureInfo.InvariantCulture);
}
