using System.CommandLine;
using System.Text.Json;
using SamRL.Runner.Benchmarks;

namespace SamRL.Runner.Commands;

/// <summary><c>bench</c>: performance figures, printed as a table or as one JSON object.</summary>
public static class BenchCommand
{
    /// <summary>Builds <c>bench</c> with its <c>memory</c> subcommand (other benchmarks add theirs with <see cref="Command.Subcommands"/>).</summary>
    public static Command Create()
    {
        var bench = new Command("bench", "Measure performance (one thread unless stated).");
        bench.Subcommands.Add(CreateMemory());
        return bench;
    }

    private static Command CreateMemory()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var runs = new Option<int>("--runs") { Description = "Timed runs after one warm-up (median reported).", DefaultValueFactory = _ => 5 };
        var breakdown = new Option<bool>("--breakdown") { Description = "Also time the model without gates and without transfer, to show what each costs." };
        var command = new Command("memory",
            "Forward + backward of the associative-retrieval STM (Embedding 37→100, N=2, d=96, batch 128, T=30, one thread).")
        {
            json, runs, breakdown,
        };
        command.SetAction(parse =>
        {
            int runCount = parse.GetValue(runs);
            if (runCount < 1)
            {
                Console.Error.WriteLine($"error: --runs must be at least 1; got {runCount}");
                return 2;
            }
            var result = MemoryBenchmark.Run(runCount, breakdown: parse.GetValue(breakdown));
            double gflops = result.MatrixProductGflop / (result.ArForwardBackwardMs / 1000.0);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["ar_fwd_bwd_ms"] = Math.Round(result.ArForwardBackwardMs, 1),
                    ["ar_fwd_bwd_min_ms"] = Math.Round(result.ArForwardBackwardMinMs, 1),
                    ["ar_fwd_bwd_cpu_ms"] = Math.Round(result.ArForwardBackwardCpuMs, 1),
                    ["ar_fwd_ms"] = Math.Round(result.ArForwardMs, 1),
                    ["params_ar"] = result.ParamsAr,
                    ["runs"] = result.Runs,
                    ["threads"] = result.Threads,
                    ["batch"] = result.BatchSize,
                    ["sequence_length"] = result.SequenceLength,
                    ["peak_working_set_mb"] = Math.Round(result.PeakWorkingSetMb, 1),
                    ["matmul_gflop"] = Math.Round(result.MatrixProductGflop, 1),
                    ["matmul_gflops_achieved"] = Math.Round(gflops, 1),
                    ["without_part_ms"] = result.WithoutPartMs.ToDictionary(p => p.Key, p => Math.Round(p.Value, 1)),
                    ["authors_pytorch_ms"] = 1960.0,
                    ["speedup_vs_authors"] = Math.Round(1960.0 / result.ArForwardBackwardMs, 2),
                }));
            }
            else
            {
                Console.WriteLine($"associative-retrieval STM, batch {result.BatchSize}, T = {result.SequenceLength}, {result.Threads} thread(s), median of {result.Runs}");
                Console.WriteLine($"  forward + backward: {result.ArForwardBackwardMs:F1} ms (min {result.ArForwardBackwardMinMs:F1} ms, processor time {result.ArForwardBackwardCpuMs:F1} ms; forward alone {result.ArForwardMs:F1} ms)");
                Console.WriteLine($"  parameters: {result.ParamsAr:N0}; peak working set {result.PeakWorkingSetMb:F0} MB");
                Console.WriteLine($"  matrix products: {result.MatrixProductGflop:F1} GFLOP, {gflops:F1} GFLOP/s over the whole step");
                foreach (var (part, ms) in result.WithoutPartMs)
                    Console.WriteLine($"  without {part}: {ms:F1} ms ({result.ArForwardBackwardMs - ms:F1} ms is the {part})");
                Console.WriteLine($"  authors' PyTorch code on this machine class: 1960 ms ({1960.0 / result.ArForwardBackwardMs:F2}x)");
            }
            return 0;
        });
        return command;
    }
}
