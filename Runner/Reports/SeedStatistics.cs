using System.Globalization;

namespace SamRL.Runner.Reports;

/// <summary>Mean and spread of one number over the seeds of an experiment, formatted for the report tables.</summary>
public static class SeedStatistics
{
    /// <summary>The arithmetic mean.</summary>
    public static double Mean(IReadOnlyList<double> values) =>
        values.Count > 0 ? values.Average() : throw new ArgumentException("no values", nameof(values));

    /// <summary>The sample standard deviation (n − 1 in the denominator), 0 for a single value.</summary>
    public static double SampleStandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = Mean(values);
        return Math.Sqrt(values.Sum(value => (value - mean) * (value - mean)) / (values.Count - 1));
    }

    /// <summary><c>mean ± std</c> over several seeds, the value alone for one seed, in <paramref name="format"/>.</summary>
    public static string Format(IReadOnlyList<double> values, string format) => values.Count == 1
        ? values[0].ToString(format, CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Mean(values).ToString(format, CultureInfo.InvariantCulture)} ± {SampleStandardDeviation(values).ToString(format, CultureInfo.InvariantCulture)}");
}
