using SamRL.Environments.Core;

namespace SamRL.Environments.Tests.Core;

public class EpisodeLifecycleTests
{
    [Fact]
    public void BeforeTheFirstReset_StepIsRefusedWithTheEnvironmentName()
    {
        var lifecycle = new EpisodeLifecycle();
        var error = Assert.Throws<InvalidOperationException>(() => lifecycle.EnsureRunning("Pong-v5"));
        Assert.Contains("Pong-v5", error.Message);
        Assert.Contains("Reset", error.Message);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void AfterTheEpisodeEnds_StepIsRefusedUntilReset(bool terminated, bool truncated)
    {
        var lifecycle = new EpisodeLifecycle();
        lifecycle.Started();
        lifecycle.EnsureRunning("env");
        lifecycle.Stepped(terminated, truncated);
        Assert.False(lifecycle.IsRunning);
        Assert.Throws<InvalidOperationException>(() => lifecycle.EnsureRunning("env"));
        lifecycle.Started();
        lifecycle.EnsureRunning("env");
    }

    [Fact]
    public void AnOrdinaryStep_KeepsTheEpisodeRunning()
    {
        var lifecycle = new EpisodeLifecycle();
        lifecycle.Started();
        lifecycle.Stepped(terminated: false, truncated: false);
        Assert.True(lifecycle.IsRunning);
    }
}
