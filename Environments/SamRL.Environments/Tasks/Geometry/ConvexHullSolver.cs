namespace SamRL.Environments.Tasks.Geometry;

/// <summary>
/// Exact convex hull by Andrew's monotone chain, O(n log n). Points lying on a hull edge (collinear) are
/// not hull vertices. The hull is returned counterclockwise, starting from the vertex with the smallest
/// index, without repeating it — the same convention the generated convex-hull task uses.
/// </summary>
public static class ConvexHullSolver
{
    /// <summary>Indices (0-based) of the hull vertices, counterclockwise from the smallest index.</summary>
    /// <exception cref="ArgumentException">Fewer than three points, or duplicate points.</exception>
    public static int[] Solve(IReadOnlyList<Point2> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 3)
        {
            throw new ArgumentException($"Expected at least 3 points, got {points.Count}.", nameof(points));
        }

        var order = Enumerable.Range(0, points.Count)
            .OrderBy(i => points[i].X).ThenBy(i => points[i].Y).ToArray();
        for (var i = 1; i < order.Length; i++)
        {
            if (points[order[i]] == points[order[i - 1]])
            {
                throw new ArgumentException(
                    $"Expected distinct points; points {order[i - 1]} and {order[i]} coincide.", nameof(points));
            }
        }

        // Lower chain left to right, then upper chain right to left; each pops points that do not turn
        // strictly counterclockwise, which also drops collinear points.
        var hull = new int[2 * order.Length];
        var count = 0;
        foreach (var index in order)
        {
            count = PushTurningLeft(points, hull, count, 0, index);
        }

        var lowerCount = count;
        for (var i = order.Length - 2; i >= 0; i--)
        {
            count = PushTurningLeft(points, hull, count, lowerCount - 1, order[i]);
        }

        // The last pushed point is the first one again.
        var vertices = hull.AsSpan(0, count - 1).ToArray();
        if (vertices.Length < 3)
        {
            throw new ArgumentException("Expected points that are not all collinear.", nameof(points));
        }

        var start = Array.IndexOf(vertices, vertices.Min());
        return [.. vertices[start..], .. vertices[..start]];
    }

    private static int PushTurningLeft(IReadOnlyList<Point2> points, int[] hull, int count, int floor, int index)
    {
        while (count >= floor + 2 && points[hull[count - 2]].Cross(points[hull[count - 1]], points[index]) <= 0)
        {
            count--;
        }

        hull[count] = index;
        return count + 1;
    }
}
