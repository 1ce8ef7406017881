using SamRL.Environments.Core;
using SamRL.Environments.Tasks;
using SamRL.Environments.Tasks.Geometry;

namespace SamRL.Environments.Tests.Tasks;

public class GeometryTaskTests
{
    [Fact]
    public void Encoding_places_points_features_flags_and_targets_as_documented()
    {
        // Two problems of different sizes so left padding shows: 3 and 4 points.
        PointProblem small = new([new(0.1, 0.2), new(0.9, 0.1), new(0.5, 0.8)], [0, 1, 2]);
        PointProblem large = new([new(0, 0), new(1, 0), new(1, 1), new(0, 1)], [0, 1, 2, 3]);
        var encoder = new PointSequenceEncoder(featureCount: 6);

        var batch = encoder.Encode([small, large], new Rng(1), randomFeatures: false);

        Assert.Equal(10, encoder.InputWidth);
        Assert.Equal(5, batch.OutputStart);
        Assert.Equal(5, batch.OutputSteps);
        Assert.Equal([10, 2, 10], batch.Inputs.Shape);
        Assert.All(batch.Inputs.Row(0, 0).ToArray(), v => Assert.Equal(0f, v));
        Assert.Equal([0.1f, 0.2f, 0, 1, 0, 0, 0, 0, 0, 0], batch.Inputs.Row(1, 0).ToArray());
        Assert.Equal([0.5f, 0.8f, 1, 0, 0, 1, 0, 0, 0, 0], batch.Inputs.Row(3, 0).ToArray());
        Assert.Equal([0f, 1f, 1, 0, 0, 0, 1, 0, 0, 0], batch.Inputs.Row(3, 1).ToArray());
        for (var t = 4; t < 10; t++)
        {
            Assert.All(batch.Inputs.Row(t, 0).ToArray(), v => Assert.Equal(0f, v));
            Assert.All(batch.Inputs.Row(t, 1).ToArray(), v => Assert.Equal(0f, v));
        }

        // [T_out, B]: labels, end class 7, padding 0 with mask 0.
        Assert.Equal([1, 1, 2, 2, 3, 3, 7, 4, 0, 7], batch.Targets);
        Assert.Equal([1f, 1, 1, 1, 1, 1, 1, 1, 0, 1], batch.Mask);
        Assert.Equal(8, batch.ClassCount);
    }

    [Fact]
    public void Convex_hull_batches_target_the_exact_hull_through_random_distinct_features()
    {
        var task = new ConvexHullTask(minPoints: 5, maxPoints: 10);
        var rng = new Rng(21);
        for (var round = 0; round < 10; round++)
        {
            var batch = task.NextBatch(rng, 16);
            for (var b = 0; b < 16; b++)
            {
                var problem = batch.Problems[b];
                var features = batch.Features[b];
                Assert.Equal(features.Length, features.Distinct().Count());
                Assert.All(features, f => Assert.InRange(f, 1, 20));
                Assert.Equal(ConvexHullSolver.Solve(problem.Points), problem.Solution);

                var decoded = batch.DecodePoints(batch.Targets, b);

                Assert.Equal(problem.Solution, decoded);
            }
        }
    }

    [Fact]
    public void Perfect_tsp_predictions_score_full_accuracy_and_the_optimal_tour_length()
    {
        var task = new TspTask(minPoints: 5, maxPoints: 5);
        var batch = task.NextBatch(new Rng(22), 32);

        Assert.Equal(1.0, TaskMetrics.PerStepAccuracy(batch.Targets, batch));
        Assert.Equal(1.0, batch.ValidTourFraction(batch.Targets));
        var optimal = batch.Problems.Average(p => TourLength.Of(p.Points, p.Solution));
        Assert.Equal(optimal, batch.MeanTourLength(batch.Targets), 12);
    }

    [Fact]
    public void Pointer_network_task_draws_one_point_count_per_batch()
    {
        var rng = new Rng(23);
        var problems = new List<PointProblem>();
        for (var i = 0; i < 30; i++)
        {
            problems.Add(new ConvexHullTask(maxPoints: 25, featureCount: 25).NextProblem(rng, 5 + i % 3));
        }

        problems.Add(new ConvexHullTask(maxPoints: 25, featureCount: 25).NextProblem(rng, 25));
        var task = new PointerNetworkTask(problems);

        Assert.Equal(1, task.DroppedCount);
        Assert.Equal([5, 6, 7], task.PointCounts);
        for (var round = 0; round < 10; round++)
        {
            var batch = task.NextBatch(rng, 8);
            Assert.Single(batch.Problems.Select(p => p.Points.Length).Distinct());
        }
    }

    [Fact]
    public void Evaluation_batches_visit_every_problem_once_in_file_order()
    {
        const string text = "0 0 1 0 0 1 output 1 2 3 1\n0 0 2 0 2 2 0 2 output 1 2 3 4 1\n0.5 0.5 0.9 0.1 0.1 0.9 output 1 2 3 1\n";
        var task = new PointerNetworkTask(PointerNetworkFile.Parse(new StringReader(text), "ch.txt"), featureCount: 6, randomFeatures: false);

        var batches = task.EvaluationBatches(2, new Rng(1)).ToArray();

        Assert.Equal([2, 1], batches.Select(b => b.BatchSize));
        Assert.Equal(task.Problems, batches.SelectMany(b => b.Problems));
        // Labels are k + 1 without random features: the second problem's tour 1 2 3 4 then the end class 7.
        Assert.Equal([1, 2, 3, 4, 7], Enumerable.Range(0, 5).Select(step => batches[0].Targets[step * 2 + 1]));
    }

    [Fact]
    public void Geometry_generators_are_deterministic_under_a_seed()
    {
        var task = new TspTask();
        var first = task.NextBatch(new Rng(9), 8);
        var second = task.NextBatch(new Rng(9), 8);

        Assert.Equal(first.Inputs.Data, second.Inputs.Data);
        Assert.Equal(first.Targets, second.Targets);
    }
}
