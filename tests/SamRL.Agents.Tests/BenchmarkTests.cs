using SamRL.Agents.A3C;
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
    public void EveryPhaseOfTheStepIsTimedAndThePhasesFitInsideTheRollout()
    {
        var result = AgentBenchmark.MeasureRollout(CoreKind.LstmStm, repetitions: 1, warmups: 0, rolloutLength: 3);

        Assert.Equal(Enum.GetValues<RolloutPhase>().Order(), result.MedianPhaseMilliseconds.Keys.Order());
        Assert.All(result.MedianPhaseMilliseconds, phase => Assert.True(phase.Value > 0, $"{phase.Key} took no time"));
        // One repetition: the medians are that rollout's own times, and the phases are disjoint parts of it.
        Assert.True(result.MedianPhaseMilliseconds.Values.Sum() <= result.MedianMilliseconds,
            $"phases sum to {result.MedianPhaseMilliseconds.Values.Sum():F2} ms, more than the rollout's {result.MedianMilliseconds:F2} ms");
    }

    [Fact]
    public void TheSmallAgentTimesTheUniverseEncoderWithTheRequestedLstm()
    {
        var result = AgentBenchmark.MeasureRollout(CoreKind.Lstm, repetitions: 1, warmups: 0, rolloutLength: 2, encoder: EncoderKind.Universe42, lstmSize: 256);

        // Hand count: four 3×3 convolutions of 32 channels (320 + 3 × 9,248), an LSTM 288 → 256 with torch's two bias
        // vectors (4·256·(288 + 256) + 2·4·256), actor 256·6 + 6 and critic 256 + 1.
        Assert.Equal(320 + (3 * 9_248) + (4 * 256 * (288 + 256)) + (2 * 4 * 256) + (256 * 6) + 6 + 257, result.Parameters);
    }

    [Fact]
    public void ANonImageEncoderIsRejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AgentBenchmark.MeasureRollout(CoreKind.Lstm, encoder: EncoderKind.Dense));
        Assert.Equal("encoder", error.ParamName);
    }

    [Fact]
    public void ZeroRepetitionsAreRejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AgentBenchmark.MeasureRollout(CoreKind.Lstm, repetitions: 0));
        Assert.Equal("repetitions", error.ParamName);
    }
}
