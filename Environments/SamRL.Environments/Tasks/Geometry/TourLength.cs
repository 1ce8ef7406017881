namespace SamRL.Environments.Tasks.Geometry;

/// <summary>Length of a closed tour (paper Table 3's TSP metric).</summary>
public static class TourLength
{
    /// <summary>
    /// Length of the closed path that visits <paramref name="tour"/> (0-based point indices) in order and
    /// returns to the first point. An empty or single-point tour has length 0.
    /// </summary>
    /// <exception cref="ArgumentException">An index is outside the point list.</exception>
    public static double Of(IReadOnlyList<Point2> points, ReadOnlySpan<int> tour)
    {
        ArgumentNullException.ThrowIfNull(points);
        foreach (var index in tour)
        {
            if ((uint)index >= (uint)points.Count)
            {
                throw new ArgumentException($"Expected point indices in [0, {points.Count}), found {index}.", nameof(tour));
            }
        }

        var length = 0.0;
        for (var i = 0; i < tour.Length; i++)
        {
            length += points[tour[i]].DistanceTo(points[tour[(i + 1) % tour.Length]]);
        }

        return length;
    }

    /// <summary>True when <paramref name="tour"/> visits each of <paramref name="pointCount"/> points exactly once.</summary>
    public static bool IsPermutation(ReadOnlySpan<int> tour, int pointCount)
    {
        if (tour.Length != pointCount)
        {
            return false;
        }

        var seen = new bool[pointCount];
        foreach (var index in tour)
        {
            if ((uint)index >= (uint)pointCount || seen[index])
            {
                return false;
            }

            seen[index] = true;
        }

        return true;
    }
}
