using SamRL.Runner.Runs;

namespace SamRL.Runner.Tests.Runs;

public class MetricsCsvTests
{
    [Fact]
    public void Rows_are_written_with_invariant_numbers_under_the_header()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("metrics.csv");
        using (var csv = MetricsCsv.Open(path))
        {
            csv.AppendInterval(1.5, 4000, 2666.5, 3, -0.25, 0.125, 1.75);
            csv.AppendEvaluation(2, 4000, 1, -21, -21);
        }

        var expected =
            MetricsCsv.Header + "\n" +
            "interval,1.5,4000,2666.5,3,-0.25,0.125,1.75,,,\n" +
            "evaluation,2,4000,,,,,,1,-21,-21\n";
        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void Reopening_appends_without_a_second_header()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("metrics.csv");
        using (var csv = MetricsCsv.Open(path))
        {
            csv.AppendEvaluation(1, 10, 1, 3, 3);
        }

        using (var csv = MetricsCsv.Open(path))
        {
            csv.AppendEvaluation(2, 20, 2, 5, 4);
        }

        var lines = File.ReadAllLines(path);
        Assert.Equal(3, lines.Length);
        Assert.Single(lines, line => line == MetricsCsv.Header);
    }

    [Fact]
    public void Checkpoint_row_records_its_frames()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("metrics.csv");
        using (var csv = MetricsCsv.Open(path))
        {
            csv.AppendCheckpoint(600, 123456);
        }

        Assert.Equal("checkpoint,600,123456,,,,,,,,", File.ReadAllLines(path)[1]);
    }

    [Fact]
    public void Resume_keeps_the_rows_up_to_the_last_checkpoint()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("metrics.csv");
        var upToCheckpoint =
            MetricsCsv.Header + "\n" +
            "evaluation,1,100,,,,,,1,-20,-20\n" +
            "checkpoint,1.5,150,,,,,,,,\n" +
            "interval,2,200,50,1,0.1,0.2,1.7,,,\n" +
            "evaluation,3,300,,,,,,2,-18,-19\n" +
            "checkpoint,3.5,320,,,,,,,,\n";
        File.WriteAllText(path, upToCheckpoint + "evaluation,4,400,,,,,,3,-10,-16\n" + "interval,5,5");

        var resumed = MetricsHistory.TruncateToLastCheckpoint(path);

        Assert.Equal(320, resumed.CheckpointFrames);
        Assert.Equal([new EvaluationPoint(1, -20, -20), new EvaluationPoint(2, -18, -19)], resumed.Evaluations);
        var later = Assert.Single(resumed.LaterEvaluations);
        Assert.Equal(new LoggedEvaluation(new EvaluationPoint(3, -10, -16), "evaluation,4,400,,,,,,3,-10,-16", 400), later);
        Assert.Single(resumed.Restorable(firstResumedEpisode: 4));
        Assert.Empty(resumed.Restorable(firstResumedEpisode: 3));
        Assert.Equal(upToCheckpoint, File.ReadAllText(path));
    }

    [Fact]
    public void Without_a_checkpoint_row_nothing_is_kept()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("metrics.csv");
        File.WriteAllText(path, MetricsCsv.Header + "\nevaluation,1,100,,,,,,1,-20,-20\n");

        var resumed = MetricsHistory.TruncateToLastCheckpoint(path);

        Assert.Equal(0, resumed.CheckpointFrames);
        Assert.Empty(resumed.Evaluations);
        Assert.Equal(MetricsCsv.Header + "\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_damaged_row_is_reported_with_file_and_line()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("metrics.csv");
        File.WriteAllText(path, MetricsCsv.Header + "\nevaluation,1,1x0,,,,,,1,-20,-20\ncheckpoint,2,200,,,,,,,,\n");

        var error = Assert.Throws<InvalidDataException>(() => MetricsHistory.TruncateToLastCheckpoint(path));

        Assert.Contains($"{path}: line 2", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_metrics_file_is_reported_with_its_path()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("metrics.csv");
        File.WriteAllText(path, "step,value\n1,2\n");

        var error = Assert.Throws<InvalidDataException>(() => MetricsHistory.TruncateToLastCheckpoint(path));

        Assert.Contains(path, error.Message);
        Assert.Equal("step,value\n1,2\n", File.ReadAllText(path));
    }
}
