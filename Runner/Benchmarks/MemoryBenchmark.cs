using System.Diagnostics;
using SamRL.Memory;
using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Runner.Benchmarks;

/// <summary>The figures of <c>bench memory</c>.</summary>
public sealed record MemoryBenchmarkResult(
    double ArForwardBackwardMs,
    double ArForwardBackwardMinMs,
    double ArForwardMs,
    long ParamsAr,
    int Runs,
    int Threads,
    long BatchSize,
    long SequenceLength,
    double PeakWorkingSetMb);

/// <summary>
/// Times forward + loss + backward of the associative-retrieval model of SAM_STM_REFERENCE §7.2
/// (Embedding 37→100, STM N = 2, d = 96, batch 128, T = 30, cross-entropy on the last step), on one thread.
/// </summary>
public static class MemoryBenchmark
{
    /// <summary>Runs one warm-up and <paramref name="runs"/> timed iterations; reports medians.</summary>
    public static MemoryBenchmarkResult Run(int runs = 5, long batchSize = 128, long sequenceLength = 30, int threads = 1)
    {
        if (runs < 1) throw new ArgumentOutOfRangeException(nameof(runs), runs, "expected at least one timed run");
        torch.set_num_threads(threads);
        manual_seed(0);
        using var embedding = nn.Embedding(37, 100);
        using var stm = new Stm(StmPresets.AssociativeRetrieval());
        long parameters = embedding.parameters().Concat(stm.parameters()).Sum(p => p.numel());
        using var tokens = randint(0, 37, [sequenceLength, batchSize], ScalarType.Int64);
        using var targets = randint(0, 10, [batchSize], ScalarType.Int64);

        var forwardBackward = new List<double>();
        var forwardOnly = new List<double>();
        for (int run = 0; run <= runs; run++)
        {
            stm.zero_grad();
            embedding.zero_grad();
            using var scope = NewDisposeScope();
            var clock = Stopwatch.StartNew();
            var (last, state) = stm.SequenceToLast(embedding.forward(tokens));
            var loss = nn.functional.cross_entropy(last, targets);
            double forwardMs = clock.Elapsed.TotalMilliseconds;
            loss.backward();
            double totalMs = clock.Elapsed.TotalMilliseconds;
            state.Dispose();
            if (run == 0) continue; // warm-up
            forwardBackward.Add(totalMs);
            forwardOnly.Add(forwardMs);
        }
        return new MemoryBenchmarkResult(
            Median(forwardBackward), forwardBackward.Min(), Median(forwardOnly), parameters, runs, threads, batchSize, sequenceLength,
            Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
