namespace SamRL.Runner.Reports;

/// <summary>One x position of a curve summarised over seeds: the mean line and the min–max band.</summary>
/// <param name="X">Iteration or games played.</param>
/// <param name="Mean">Mean over seeds.</param>
/// <param name="Minimum">Smallest value over seeds.</param>
/// <param name="Maximum">Largest value over seeds.</param>
public readonly record struct BandPoint(double X, double Mean, double Minimum, double Maximum);

/// <summary>Summarises the curves of several seeds into a mean line with a min–max band.</summary>
public static class CurveBand
{
    /// <summary>
    /// The band over the x positions every seed has logged (seeds that trained longer are cut to the common
    /// range, so the mean never mixes a different number of seeds); x in increasing order.
    /// </summary>
    public static IReadOnlyList<BandPoint> Across(IReadOnlyList<IReadOnlyList<CurvePoint>> seeds)
    {
        if (seeds.Count == 0)
        {
            return [];
        }

        var lookups = seeds.Select(curve => curve.GroupBy(point => point.X).ToDictionary(group => group.Key, group => group.Last().Y)).ToArray();
        var common = lookups.Skip(1).Aggregate(
            new HashSet<double>(lookups[0].Keys), (shared, lookup) => { shared.IntersectWith(lookup.Keys); return shared; });
        return common.Order().Select(x =>
        {
            var values = lookups.Select(lookup => lookup[x]).ToArray();
            return new BandPoint(x, values.Average(), values.Min(), values.Max());
        }).ToArray();
    }
}
