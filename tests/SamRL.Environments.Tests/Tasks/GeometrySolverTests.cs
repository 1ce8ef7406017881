using SamRL.Environments.Core;
using SamRL.Environments.Tasks.Geometry;

namespace SamRL.Environments.Tests.Tasks;

public class GeometrySolverTests
{
    [Fact]
    public void Hull_of_a_square_with_an_inner_point_and_an_edge_point_is_the_corners_counterclockwise()
    {
        Point2[] points = [new(0.5, 0.5), new(1, 1), new(0, 0), new(1, 0), new(0.5, 0), new(0, 1)];

        var hull = ConvexHullSolver.Solve(points);

        // Counterclockwise from the lowest index (1 = (1,1)): (1,1) → (0,1) → (0,0) → (1,0).
        Assert.Equal([1, 5, 2, 3], hull);
    }

    [Fact]
    public void Hull_matches_brute_force_edges_on_random_point_sets()
    {
        var rng = new Rng(11);
        for (var trial = 0; trial < 200; trial++)
        {
            var points = Enumerable.Range(0, 3 + rng.NextInt(10)).Select(_ => new Point2(rng.NextDouble(), rng.NextDouble())).ToArray();

            var hull = ConvexHullSolver.Solve(points);

            // (i, j) is a counterclockwise hull edge iff every other point lies strictly to its left.
            var expectedEdges = new HashSet<(int, int)>();
            for (var i = 0; i < points.Length; i++)
            {
                for (var j = 0; j < points.Length; j++)
                {
                    if (i != j && Enumerable.Range(0, points.Length).All(k => k == i || k == j || points[i].Cross(points[j], points[k]) > 0))
                    {
                        expectedEdges.Add((i, j));
                    }
                }
            }

            var actualEdges = hull.Select((v, k) => (v, hull[(k + 1) % hull.Length])).ToHashSet();
            Assert.Equal(expectedEdges, actualEdges);
            Assert.Equal(hull.Min(), hull[0]);
        }
    }

    [Fact]
    public void Hull_rejects_duplicate_and_collinear_points()
    {
        Assert.Throws<ArgumentException>(() => ConvexHullSolver.Solve([new(0, 0), new(1, 1), new(0, 0), new(1, 0)]));
        Assert.Throws<ArgumentException>(() => ConvexHullSolver.Solve([new(0, 0), new(1, 1), new(2, 2)]));
    }

    [Fact]
    public void Tour_of_the_unit_square_corners_has_length_four_and_does_not_cross()
    {
        Point2[] points = [new(0, 0), new(1, 1), new(1, 0), new(0, 1)];

        var tour = ExactTspSolver.Solve(points);

        Assert.Equal(4.0, TourLength.Of(points, tour), 12);
        Assert.Equal([0, 2, 1, 3], tour);
    }

    [Fact]
    public void Exact_tour_matches_brute_force_over_all_permutations()
    {
        var rng = new Rng(5);
        for (var trial = 0; trial < 40; trial++)
        {
            var points = Enumerable.Range(0, 3 + rng.NextInt(6)).Select(_ => new Point2(rng.NextDouble(), rng.NextDouble())).ToArray();

            var tour = ExactTspSolver.Solve(points);

            Assert.True(TourLength.IsPermutation(tour, points.Length));
            Assert.Equal(0, tour[0]);
            Assert.True(tour.Length < 3 || tour[1] < tour[^1]);
            Assert.Equal(BruteForceTourLength(points), TourLength.Of(points, tour), 9);
        }
    }

    [Theory]
    [InlineData(5, 2000, 2.12)]
    [InlineData(10, 300, 2.87)]
    public void Mean_optimal_tour_length_matches_the_pointer_network_paper(int points, int samples, double published)
    {
        var rng = new Rng(2020);
        var lengths = Enumerable.Range(0, samples).Select(_ =>
        {
            var problem = new TspTask(minPoints: 3).NextProblem(rng, points);
            return TourLength.Of(problem.Points, problem.Solution);
        }).ToArray();

        // Vinyals et al. 2015, Table 2: optimal mean tour 2.12 (N = 5) and 2.87 (N = 10) for uniform points
        // in the unit square. Four standard errors of the sample mean (tour-length spread ≈ 0.3).
        var tolerance = 4 * 0.3 / Math.Sqrt(samples);
        Assert.InRange(lengths.Average(), published - tolerance, published + tolerance);
    }

    [Fact]
    public void Tsp_rejects_too_many_points()
    {
        var points = Enumerable.Range(0, ExactTspSolver.MaxPoints + 1).Select(i => new Point2(i, i * i)).ToArray();
        Assert.Throws<ArgumentException>(() => ExactTspSolver.Solve(points));
    }

    private static double BruteForceTourLength(Point2[] points)
    {
        var best = double.PositiveInfinity;
        var rest = Enumerable.Range(1, points.Length - 1).ToArray();
        foreach (var permutation in Permutations(rest))
        {
            int[] tour = [0, .. permutation];
            var length = 0.0;
            for (var i = 0; i < tour.Length; i++)
            {
                length += points[tour[i]].DistanceTo(points[tour[(i + 1) % tour.Length]]);
            }

            best = Math.Min(best, length);
        }

        return best;
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, k) => k != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
