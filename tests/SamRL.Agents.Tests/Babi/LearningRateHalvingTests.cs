using SamRL.Agents.Babi;

namespace SamRL.Agents.Tests.Babi;

public sealed class LearningRateHalvingTests
{
    [Fact]
    public void HalvesOnceWhenTheValidationLossFirstDropsBelowTheThreshold()
    {
        var rule = new LearningRateHalving(0.1, 0.5);

        var (lr, next) = rule.After(0.25, 6e-4);
        Assert.Equal(6e-4, lr);
        Assert.False(next.Done);

        (lr, next) = next.After(0.1, lr);          // not below the threshold
        Assert.Equal(6e-4, lr);

        (lr, next) = next.After(0.09, lr);
        Assert.Equal(3e-4, lr, 15);
        Assert.True(next.Done);

        (lr, next) = next.After(0.01, lr);         // never again
        Assert.Equal(3e-4, lr, 15);
        (lr, _) = next.After(0.3, lr);             // and never undone
        Assert.Equal(3e-4, lr, 15);
    }
}
