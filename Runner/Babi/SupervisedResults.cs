using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using SamRL.Runner.Runs;

namespace SamRL.Runner.Babi;

/// <summary>
/// The <c>results.json</c> of a supervised run, field for field as the shared results contract fixes it (camelCase).
/// </summary>
public sealed record SupervisedResults
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
    };

    /// <summary>The experiment: the task name, or "babi".</summary>
    public required string Experiment { get; init; }

    /// <summary>The model: "stm", "lstm" or "alstm".</summary>
    public required string Model { get; init; }

    /// <summary>Free-text variant, e.g. "d90-n20-tasks1-20".</summary>
    public required string Variant { get; init; }

    /// <summary>The metric's name ("error" for bAbI).</summary>
    public required string Metric { get; init; }

    /// <summary>Whether a higher metric is better.</summary>
    public required bool HigherIsBetter { get; init; }

    /// <summary>Best validation metric so far; null before the first validation.</summary>
    public double? BestValid { get; init; }

    /// <summary>Test metric of the best-validation model; null until tested.</summary>
    public double? Test { get; init; }

    /// <summary>Training iterations done.</summary>
    public long Iterations { get; init; }

    /// <summary>Training minutes, resumed sessions included.</summary>
    public double Minutes { get; init; }

    /// <summary>The run's seed.</summary>
    public ulong Seed { get; init; }

    /// <summary>The model's parameter count.</summary>
    public long Parameters { get; init; }

    /// <summary>Where it ran: cores, OS, .NET version.</summary>
    public required string Hardware { get; init; }

    /// <summary>Named extra numbers (bAbI: per-task test errors task1..task20 and failedTasks).</summary>
    public IReadOnlyDictionary<string, double> Extra { get; init; } = new Dictionary<string, double>();

    /// <summary>This machine, e.g. "2 cores, Linux 6.1.0 ..., .NET 10.0.0".</summary>
    public static string ThisMachine() =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    /// <summary>Writes the results to <paramref name="path"/> atomically.</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, JsonOptions) + "\n");
}
