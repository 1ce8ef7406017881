using SamRL.Runner.Reports;

namespace SamRL.Runner.Tests.Reports;

public class MovingAverageTests
{
    [Fact]
    public void Small_window_matches_a_hand_computation()
    {
        // Window 3 over 1, 2, 3, 10: 1/1, (1+2)/2, (1+2+3)/3, (2+3+10)/3.
        var points = MovingAverage.AgainstGames([1, 2, 3, 10], window: 3);

        Assert.Equal([new CurvePoint(1, 1), new CurvePoint(2, 1.5), new CurvePoint(3, 2), new CurvePoint(4, 5)], points);
    }

    [Fact]
    public void Pong_curve_from_a_metrics_file_is_the_100_game_average_against_games_played()
    {
        using var fixture = new ExperimentFixture();
        // 150 games: -21 for the first 50 and +21 for the next 100. After game 150 the last 100 games are all +21;
        // after game 100 they are 50 × -21 and 50 × +21, average 0; after game 10 all ten are -21.
        var rewards = Enumerable.Range(1, 150).Select(game => game <= 50 ? -21.0 : 21.0).ToArray();
        fixture.PongRun("pong", 1, rewards, frames: 1_500_000, seconds: 600, rom: "pong.bin");
        var run = ReinforcementRun.Load(Path.Combine(fixture.Results, "runs", "pong", "1"));

        var curve = MovingAverage.AgainstGames(run.Rewards);

        Assert.Equal(150, curve.Count);
        Assert.Equal(new CurvePoint(10, -21), curve[9]);
        Assert.Equal(new CurvePoint(100, 0), curve[99]);
        Assert.Equal(new CurvePoint(75, ((50 * -21.0) + (25 * 21.0)) / 75), curve[74]);
        Assert.Equal(new CurvePoint(150, 21), curve[149]);
        Assert.Equal(1_500_000, run.Frames);
        Assert.Equal(10, run.Minutes, 9);
        Assert.Equal("pong.bin", run.Rom);
    }

    [Fact]
    public void Seeds_are_summarised_over_the_games_every_seed_played()
    {
        IReadOnlyList<CurvePoint> first = [new(1, -21), new(2, -20), new(3, -19)];
        IReadOnlyList<CurvePoint> second = [new(1, -19), new(2, -18)];

        var band = CurveBand.Across([first, second]);

        Assert.Equal([new BandPoint(1, -20, -21, -19), new BandPoint(2, -19, -20, -18)], band);
    }

    [Fact]
    public void Sample_standard_deviation_divides_by_n_minus_one()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, 32 / 7.
        Assert.Equal(Math.Sqrt(32.0 / 7), SeedStatistics.SampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]), 12);
        Assert.Equal("5.00 ± 2.14", SeedStatistics.Format([2, 4, 4, 4, 5, 5, 7, 9], "0.00"));
    }
}
