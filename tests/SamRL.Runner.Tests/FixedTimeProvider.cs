namespace SamRL.Runner.Tests;

/// <summary>A clock that always reads the given instant, so written timestamps can be checked.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
