using SamRL.Runner.Supervised;
using SamRL.Tests.Shared;

namespace SamRL.Runner.Tests;

/// <summary>The Runner never hands libtorch a scalar that a garbage collection could free during the call (KeptScalars in SamRL.Memory).</summary>
public sealed class ScalarLifetimeTests
{
    [Fact]
    public void TheRunnerMakesNoTemporaryScalars()
    {
        ScalarTemporaries.AssertNone(typeof(TaskOptions).Assembly.Location);
    }
}
