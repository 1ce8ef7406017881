using SamRL.Environments.Core;

namespace SamRL.Environments.Tasks.Geometry;

/// <summary>Uniform random points in the unit square.</summary>
internal static class RandomPoints
{
    /// <summary><paramref name="count"/> points with coordinates U[0, 1), redrawn until they are distinct and not all collinear.</summary>
    public static Point2[] InUnitSquare(Rng rng, int count)
    {
        while (true)
        {
            var points = new Point2[count];
            for (var i = 0; i < count; i++)
            {
                points[i] = new Point2(rng.NextDouble(), rng.NextDouble());
            }

            if (points.Distinct().Count() == count && !AllCollinear(points))
            {
                return points;
            }
        }
    }

    private static bool AllCollinear(Point2[] points)
    {
        for (var i = 2; i < points.Length; i++)
        {
            if (points[0].Cross(points[1], points[i]) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
