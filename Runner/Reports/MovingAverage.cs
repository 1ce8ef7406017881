namespace SamRL.Runner.Reports;

/// <summary>
/// The paper's Fig. 3 statistic: after each game, the mean reward of the last 100 games (all games so far while
/// fewer than 100 have been played), as the authors' test process logs it.
/// </summary>
public static class MovingAverage
{
    /// <summary>The window of the paper's curves.</summary>
    public const int PaperWindow = 100;

    /// <summary>The moving average after each of <paramref name="rewards"/>, as (games played, average) points.</summary>
    public static IReadOnlyList<CurvePoint> AgainstGames(IReadOnlyList<double> rewards, int window = PaperWindow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var points = new CurvePoint[rewards.Count];
        var sum = 0.0;
        for (var game = 0; game < rewards.Count; game++)
        {
            sum += rewards[game];
            if (game >= window)
            {
                sum -= rewards[game - window];
            }

            points[game] = new CurvePoint(game + 1, sum / Math.Min(game + 1, window));
        }

        return points;
    }
}
