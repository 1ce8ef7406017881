using SamRL.Runner.Progress;

namespace SamRL.Runner.Tests.Progress;

public class ProgressSnapshotTests
{
    [Fact]
    public void Log_line_shows_every_figure_and_dashes_for_unknown_ones()
    {
        var snapshot = new ProgressSnapshot(1_234_000, 2345.4, 12, 3, -20.333, -18, TimeSpan.FromSeconds(3725), null);

        Assert.Equal(
            "frames 1,234,000 | 2,345 frames/s | episodes 12 (eval 3) | avg reward -20.33 | best -18 | elapsed 1:02:05 | left -",
            snapshot.ToLogLine());
        Assert.Equal(
            "frames 0 | - frames/s | episodes 0 (eval 0) | avg reward - | best - | elapsed 0:00:00 | left -",
            ProgressSnapshot.Initial.ToLogLine());
    }

    [Fact]
    public void Durations_over_a_day_keep_counting_hours()
    {
        Assert.Equal("26:00:01", ProgressSnapshot.FormatDuration(TimeSpan.FromHours(26) + TimeSpan.FromSeconds(1)));
    }
}
