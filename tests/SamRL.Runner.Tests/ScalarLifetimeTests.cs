using SamRL.Runner.Supervised;
using SamRL.Tests.Shared;

namespace SamRL.Runner.Tests;

/// <summary>The Runner never hands libtorch a scalar that a garbage collection could free during the call (KeptScalars in SamRL.Memory).</summary>
public sealed class ScalarLifetimeTests
{
    [Fact]
    public void TheRunnerMakesNoTemporaryScalars()
    {
        var found = ScalarTemporaries.Find(typeof(TaskOptions).Assembly.Location);
        Assert.True(found.Count == 0, "temporary scalars:\n" + string.Join("\n", found));
    }
}
