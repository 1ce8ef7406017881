using SamRL.Agents.A3C;
using SamRL.Runner.Runs;
using SamRL.Runner.Training;
using Serilog;

namespace SamRL.Runner.Tests.Training;

public class RunObserverTests
{
    [Fact]
    public void Rows_of_episodes_the_checkpoint_counted_are_written_back_before_the_next_episode()
    {
        using var folder = new TempDirectory();
        var run = RunFolder.CreateNew(folder.Path, "run");
        File.WriteAllText(run.MetricsFile,
            MetricsCsv.Header + "\n" +
            "evaluation,1,100,,,,,,1,-20,-20\n" +
            "checkpoint,2,150,,,,,,,,\n" +
            "evaluation,3,160,,,,,,2,-18,-19\n" +
            "evaluation,4,400,,,,,,3,-10,-16\n");
        var resumed = MetricsHistory.TruncateToLastCheckpoint(run.MetricsFile);
        var settings = new TrainSettings { Game = "pong" };

        // The checkpoint had counted episode 2 (its report came just after), so the resumed run goes on with 3.
        using (var observer = new RunObserver(run, settings, resumed, new LoggerConfiguration().CreateLogger(), _ => { }))
        {
            observer.OnEvaluationEpisode(new EvaluationEpisode(3, -12, -16.67, 51, 153, 200, false, false, "episode-000003.json"));
        }

        var evaluations = File.ReadAllLines(run.MetricsFile).Where(line => line.StartsWith("evaluation,", StringComparison.Ordinal))
            .Select(line => line.Split(',')[8]).ToArray();
        Assert.Equal(["1", "2", "3"], evaluations);
        Assert.True(File.Exists(run.RewardPlotFile));
    }

    [Fact]
    public void Progress_follows_intervals_and_evaluations()
    {
        using var folder = new TempDirectory();
        var run = RunFolder.CreateNew(folder.Path, "run");
        var settings = new TrainSettings { Game = "pong", MaxFrames = 10_000 };
        using var observer = new RunObserver(run, settings, ResumedMetrics.None, new LoggerConfiguration().CreateLogger(), _ => { });

        observer.OnInterval(new TrainingStatistics(1000, 250, 12, 2, TimeSpan.FromSeconds(10), 100, 0.1, 0.2, 1.7, -21));
        observer.OnEvaluationEpisode(new EvaluationEpisode(1, -19, -19, 800, 800, 1000, false, true, "e1.json"));
        observer.OnEvaluationEpisode(new EvaluationEpisode(2, -21, -20, 800, 1600, 1000, false, false, "e2.json"));

        var progress = observer.Progress;
        Assert.Equal(1000, progress.Frames);
        Assert.Equal(2, progress.EvaluationEpisodes);
        Assert.Equal(-20, progress.AverageReward);
        Assert.Equal(-19, progress.BestReward);
        Assert.Equal(TimeSpan.FromSeconds(90), progress.TimeLeft); // 9,000 frames left at 100 frames/s
    }
}
