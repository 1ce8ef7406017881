namespace SamRL.Environments.Tasks.Geometry;

/// <summary>A point in the plane.</summary>
/// <param name="X">Horizontal coordinate.</param>
/// <param name="Y">Vertical coordinate.</param>
public readonly record struct Point2(double X, double Y)
{
    /// <summary>Euclidean distance to <paramref name="other"/>.</summary>
    public double DistanceTo(Point2 other)
    {
        var dx = X - other.X;
        var dy = Y - other.Y;
        return Math.Sqrt(dx * dx + dy * dy);
    }

    /// <summary>
    /// Cross product of (a − this) × (b − this): positive when this → a → b turns counterclockwise,
    /// zero when the three points are collinear.
    /// </summary>
    public double Cross(Point2 a, Point2 b) => (a.X - X) * (b.Y - Y) - (a.Y - Y) * (b.X - X);
}
