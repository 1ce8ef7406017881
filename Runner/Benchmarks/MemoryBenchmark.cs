using System.Diagnostics;
using SamRL.Memory;
using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Runner.Benchmarks;

/// <summary>
/// The figures of <c>bench memory</c>. Times are wall-clock medians; the processor-time median (all threads of the
/// process) is reported too because it is far less disturbed by other load on the machine.
/// </summary>
public sealed record MemoryBenchmarkResult(
    double ArForwardBackwardMs,
    double ArForwardBackwardCpuMs,
    double ArForwardBackwardMinMs,
    double ArForwardMs,
    long ParamsAr,
    int Runs,
    int Threads,
    long BatchSize,
    long SequenceLength,
    double PeakWorkingSetMb,
    double MatrixProductGflop,
    IReadOnlyDictionary<string, double> WithoutPartMs);

/// <summary>
/// Times forward + loss + backward of the associative-retrieval model of SAM_STM_REFERENCE §7.2
/// (Embedding 37→100, STM N = 2, d = 96, batch 128, T = 30, cross-entropy on the last step), on one thread.
/// </summary>
public static class MemoryBenchmark
{
    /// <summary>
    /// Runs one warm-up and <paramref name="runs"/> timed iterations and reports medians. With
    /// <paramref name="breakdown"/> it also times the model without the gates and without the transfer, so that
    /// the difference shows what each part costs.
    /// </summary>
    public static MemoryBenchmarkResult Run(int runs = 5, long batchSize = 128, long sequenceLength = 30, int threads = 1, bool breakdown = false)
    {
        if (runs < 1) throw new ArgumentOutOfRangeException(nameof(runs), runs, "expected at least one timed run");
        torch.set_num_threads(threads);
        var options = StmPresets.AssociativeRetrieval();
        var (median, cpu, minimum, forward, parameters) = Time(options, runs, batchSize, sequenceLength);
        var without = new Dictionary<string, double>();
        if (breakdown)
        {
            without["gates"] = Time(options with { Gates = false }, runs, batchSize, sequenceLength).Median;
            without["transfer"] = Time(options with { Transfer = false }, runs, batchSize, sequenceLength).Median;
        }
        return new MemoryBenchmarkResult(
            median, cpu, minimum, forward, parameters, runs, threads, batchSize, sequenceLength,
            Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0),
            MatrixProductFlops(options, batchSize, sequenceLength) / 1e9, without);
    }

    /// <summary>
    /// Floating-point operations of the matrix products of forward + backward (backward = twice forward), counted
    /// from the shapes of §2.3 with the distillation and head on the last step only.
    /// </summary>
    public static double MatrixProductFlops(StmOptions o, long batch, long steps)
    {
        double b = batch, d = o.SlotSize, n = o.SlotCount, r = o.RelationSize;
        double inputMaps = 2 * b * o.InputSize * (2 * d + n);
        double gates = 2 * b * d * d * 2 * d + 2 * b * d * 2 * d;
        double sam = 2 * b * d * d * 3 * n + 2 * b * n * n * d * d;
        double transfer = o.Transfer ? 2 * b * n * n * d * d + 2 * b * d * n * d : 0; // applied to SAM's factors
        double perStep = inputMaps + (o.Gates ? gates : 0) + sam + transfer;
        double lastStep = 2 * b * n * d * d * r + 2 * b * n * r * o.DistilledSize
            + 2 * b * (o.DistilledSize * o.HeadHiddenSize + o.HeadHiddenSize * o.HeadHiddenSize + o.HeadHiddenSize * o.OutputSize);
        return 3 * (perStep * steps + lastStep);
    }

    private static (double Median, double CpuMedian, double Minimum, double Forward, long Parameters) Time(StmOptions options, int runs, long batchSize, long sequenceLength)
    {
        manual_seed(0);
        using var embedding = nn.Embedding(37, 100);
        using var stm = new Stm(options);
        long parameters = embedding.parameters().Concat(stm.parameters()).Sum(p => p.numel());
        using var tokens = randint(0, 37, [sequenceLength, batchSize], ScalarType.Int64);
        using var targets = randint(0, 10, [batchSize], ScalarType.Int64);

        var forwardBackward = new List<double>();
        var processorTime = new List<double>();
        using var process = Process.GetCurrentProcess();
        var forwardOnly = new List<double>();
        for (int run = 0; run <= runs; run++)
        {
            stm.zero_grad();
            embedding.zero_grad();
            using var scope = NewDisposeScope();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var (last, state) = stm.SequenceToLast(embedding.forward(tokens));
            var loss = nn.functional.cross_entropy(last, targets);
            double forwardMs = clock.Elapsed.TotalMilliseconds;
            loss.backward();
            double totalMs = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            double cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            state.Dispose();
            if (run == 0) continue; // warm-up
            forwardBackward.Add(totalMs);
            processorTime.Add(cpuMs);
            forwardOnly.Add(forwardMs);
        }
        return (Median(forwardBackward), Median(processorTime), forwardBackward.Min(), Median(forwardOnly), parameters);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
