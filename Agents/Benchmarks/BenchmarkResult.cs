using SamRL.Agents.A3C;
using SamRL.Agents.Networks;

namespace SamRL.Agents.Benchmarks;

/// <summary>Timings of <see cref="AgentBenchmark.MeasureRollout"/>, in milliseconds per rollout.</summary>
/// <param name="Core">The agent's core.</param>
/// <param name="Parameters">The agent's parameter count.</param>
/// <param name="MedianMilliseconds">Median over the timed repetitions.</param>
/// <param name="MinMilliseconds">Fastest repetition.</param>
/// <param name="MaxMilliseconds">Slowest repetition.</param>
/// <param name="Repetitions">Number of timed repetitions.</param>
/// <param name="MedianCpuMilliseconds">Median of the process's CPU time per rollout (less sensitive to a busy machine).</param>
/// <param name="MedianPhaseMilliseconds">Median time per rollout of each phase of the training step; their sum falls
/// short of the rollout's time by what lies between the phases (rewards, the segment's bookkeeping, the loop).</param>
public readonly record struct BenchmarkResult(
    CoreKind Core, long Parameters, double MedianMilliseconds, double MinMilliseconds, double MaxMilliseconds, int Repetitions, double MedianCpuMilliseconds,
    IReadOnlyDictionary<RolloutPhase, double> MedianPhaseMilliseconds)
{
    internal static BenchmarkResult From(CoreKind core, long parameters, double[] wallTimes, double[] cpuTimes, IReadOnlyDictionary<RolloutPhase, double[]> phaseTimes)
    {
        var sorted = wallTimes.Order().ToArray();
        var phases = phaseTimes.ToDictionary(phase => phase.Key, phase => Median(phase.Value.Order().ToArray()));
        return new BenchmarkResult(core, parameters, Median(sorted), sorted[0], sorted[^1], sorted.Length, Median(cpuTimes.Order().ToArray()), phases);
    }

    private static double Median(double[] sorted)
    {
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
