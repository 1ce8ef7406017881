using SamRL.Runner.Progress;

namespace SamRL.Runner.Tests.Progress;

public class TimeLeftEstimateTests
{
    [Fact]
    public void No_limit_means_no_estimate()
    {
        Assert.Null(TimeLeftEstimate.Compute(1000, 50, TimeSpan.FromMinutes(1), null, null));
    }

    [Fact]
    public void A_time_limit_counts_down_from_the_elapsed_time()
    {
        Assert.Equal(TimeSpan.FromMinutes(45), TimeLeftEstimate.Compute(0, double.NaN, TimeSpan.FromMinutes(15), null, 60));
    }

    [Fact]
    public void A_frame_limit_divides_the_frames_left_by_the_speed()
    {
        // 9,000 frames left at 300 frames/s: 30 seconds.
        Assert.Equal(TimeSpan.FromSeconds(30), TimeLeftEstimate.Compute(1000, 300, TimeSpan.Zero, 10_000, null));
        Assert.Null(TimeLeftEstimate.Compute(1000, double.NaN, TimeSpan.Zero, 10_000, null));
    }

    [Fact]
    public void With_both_limits_the_nearer_one_counts()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), TimeLeftEstimate.Compute(1000, 300, TimeSpan.Zero, 10_000, 60));
        Assert.Equal(TimeSpan.FromMinutes(1), TimeLeftEstimate.Compute(1000, 1, TimeSpan.FromMinutes(59), 10_000, 60));
    }

    [Fact]
    public void A_passed_limit_leaves_zero()
    {
        Assert.Equal(TimeSpan.Zero, TimeLeftEstimate.Compute(20_000, 300, TimeSpan.FromMinutes(61), 10_000, 60));
    }
}
