using System.Text.Json;
using System.Text.Json.Serialization;
using SamRL.Runner.Runs;

namespace SamRL.Runner.Supervised;

/// <summary>
/// The <c>results.json</c> of a supervised run (the shared run-folder contract), written atomically at each
/// evaluation and at the end. Accuracy-type metrics are fractions in [0, 1].
/// </summary>
public sealed record SupervisedResults
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
    };

    /// <summary>The task name (or <c>babi</c>).</summary>
    public required string Experiment { get; init; }

    /// <summary><c>stm</c>, <c>lstm</c> or <c>alstm</c>.</summary>
    public required string Model { get; init; }

    /// <summary>Free text: the task size and the model's sizes and ablations, e.g. <c>length-30-d48-nq1-no-transfer</c>.</summary>
    public required string Variant { get; init; }

    /// <summary><c>accuracy</c>, <c>bit-error-per-sequence</c> or <c>step-accuracy</c>.</summary>
    public required string Metric { get; init; }

    /// <summary>Whether larger metric values are better.</summary>
    public required bool HigherIsBetter { get; init; }

    /// <summary>The best validation metric, or null before the first validation.</summary>
    public double? BestValid { get; init; }

    /// <summary>The best model's test metric, or null before the run ended.</summary>
    public double? Test { get; init; }

    /// <summary>Training iterations done.</summary>
    public long Iterations { get; init; }

    /// <summary>Training minutes (resumed sessions included).</summary>
    public double Minutes { get; init; }

    /// <summary>The run's seed.</summary>
    public ulong Seed { get; init; }

    /// <summary>Trainable parameters of the model.</summary>
    public long Parameters { get; init; }

    /// <summary>Where it ran, e.g. <c>2 cores, Linux 6.1, .NET 10.0.1</c>.</summary>
    public required string Hardware { get; init; }

    /// <summary>Per-task numbers of the test (TSP: tourLength, optimalTourLength, validTours).</summary>
    public IReadOnlyDictionary<string, double> Extra { get; init; } = new Dictionary<string, double>();

    /// <summary>Writes the results to <paramref name="path"/> atomically.</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, JsonOptions) + "\n");

    /// <summary>Reads results written by <see cref="Save"/>.</summary>
    public static SupervisedResults Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<SupervisedResults>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{path} holds no results.");
    }
}
