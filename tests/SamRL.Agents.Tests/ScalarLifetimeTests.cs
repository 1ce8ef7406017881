using SamRL.Agents.A3C;
using SamRL.Tests.Shared;

namespace SamRL.Agents.Tests;

/// <summary>
/// SamRL.Agents never hands libtorch a scalar that a garbage collection could free during the call (KeptScalars in
/// SamRL.Memory): its A3C workers allocate while other workers are inside libtorch, the worst case for that race.
/// </summary>
public sealed class ScalarLifetimeTests
{
    [Fact]
    public void TheAgentsLibraryMakesNoTemporaryScalars()
    {
        ScalarTemporaries.AssertNone(typeof(A3CConfig).Assembly.Location);
    }
}
