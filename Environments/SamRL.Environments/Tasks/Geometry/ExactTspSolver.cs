using System.Numerics;

namespace SamRL.Environments.Tasks.Geometry;

/// <summary>
/// Exact travelling-salesman tours by Held–Karp dynamic programming, O(2ⁿ n²) time and O(2ⁿ n) memory,
/// limited to <see cref="MaxPoints"/> points. The tour starts at point 0; of its two directions the one
/// whose second point has the smaller index is returned (the canonical form the task targets use).
/// </summary>
public static class ExactTspSolver
{
    /// <summary>Largest instance solved exactly: covers the paper's N = 10 with a 2¹¹ × 12-entry table.</summary>
    public const int MaxPoints = 12;

    /// <summary>An optimal closed tour (0-based indices, first point 0, not repeated at the end).</summary>
    /// <exception cref="ArgumentException">Fewer than 2 or more than <see cref="MaxPoints"/> points.</exception>
    public static int[] Solve(IReadOnlyList<Point2> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var n = points.Count;
        if (n < 2 || n > MaxPoints)
        {
            throw new ArgumentException($"Expected 2 to {MaxPoints} points for an exact tour, got {n}.", nameof(points));
        }

        // cost[set, last]: shortest path from point 0 through the points of `set` (a mask over points
        // 1..n-1) ending at `last`. Point 0 is the fixed start, so it is never in the set.
        var distance = new double[n * n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                distance[a * n + b] = points[a].DistanceTo(points[b]);
            }
        }

        var setCount = 1 << (n - 1);
        var cost = new double[setCount * n];
        var previous = new int[setCount * n];
        Array.Fill(cost, double.PositiveInfinity);
        for (var last = 1; last < n; last++)
        {
            cost[(1 << (last - 1)) * n + last] = distance[last];
        }

        for (var set = 1; set < setCount; set++)
        {
            for (var last = 1; last < n; last++)
            {
                var lastBit = 1 << (last - 1);
                if ((set & lastBit) == 0 || set == lastBit)
                {
                    continue;
                }

                var rest = set & ~lastBit;
                var best = double.PositiveInfinity;
                var bestPrevious = -1;
                for (var remaining = rest; remaining != 0; remaining &= remaining - 1)
                {
                    var before = BitOperations.TrailingZeroCount(remaining) + 1;
                    var candidate = cost[rest * n + before] + distance[before * n + last];
                    if (candidate < best)
                    {
                        best = candidate;
                        bestPrevious = before;
                    }
                }

                cost[set * n + last] = best;
                previous[set * n + last] = bestPrevious;
            }
        }

        return Canonical(Reconstruct(points, cost, previous, n));
    }

    private static int[] Reconstruct(IReadOnlyList<Point2> points, double[] cost, int[] previous, int n)
    {
        var full = (1 << (n - 1)) - 1;
        var tour = new int[n];
        if (n == 2)
        {
            tour[1] = 1;
            return tour;
        }

        var last = 1;
        var best = double.PositiveInfinity;
        for (var candidate = 1; candidate < n; candidate++)
        {
            var length = cost[full * n + candidate] + points[candidate].DistanceTo(points[0]);
            if (length < best)
            {
                best = length;
                last = candidate;
            }
        }

        var set = full;
        for (var position = n - 1; position >= 1; position--)
        {
            tour[position] = last;
            var before = previous[set * n + last];
            set &= ~(1 << (last - 1));
            last = before;
        }

        return tour;
    }

    /// <summary>Reverses a tour starting at 0 when its last point has a smaller index than its second.</summary>
    internal static int[] Canonical(int[] tour)
    {
        if (tour.Length > 2 && tour[^1] < tour[1])
        {
            Array.Reverse(tour, 1, tour.Length - 1);
        }

        return tour;
    }
}
