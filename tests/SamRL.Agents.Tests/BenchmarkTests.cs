using SamRL.Agents.Benchmarks;
using SamRL.Agents.Networks;

namespace SamRL.Agents.Tests;

public sealed class BenchmarkTests
{
    [Fact]
    public void RolloutBenchmarkTimesTheRequestedAgent()
    {
        var result = AgentBenchmark.MeasureRollout(CoreKind.Lstm, repetitions: 2, warmups: 0, rolloutLength: 2);
        Assert.Equal(CoreKind.Lstm, result.Core);
        Assert.Equal(3_249_639, result.Parameters);
        Assert.Equal(2, result.Repetitions);
        Assert.True(result.MinMilliseconds > 0);
        Assert.InRange(result.MedianMilliseconds, result.MinMilliseconds, result.MaxMilliseconds);
        Assert.True(result.MedianCpuMilliseconds >= 0);
    }

    [Fact]
    public void ZeroRepetitionsAreRejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AgentBenchmark.MeasureRollout(CoreKind.Lstm, repetitions: 0));
        Assert.Equal("repetitions", error.ParamName);
    }
}
