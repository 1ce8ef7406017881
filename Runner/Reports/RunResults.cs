using System.Text.Json;
using System.Text.Json.Serialization;

namespace SamRL.Runner.Reports;

/// <summary>
/// The <c>results.json</c> of a <c>task</c> or <c>babi</c> run (the shared run-folder contract): the metric, the best
/// validation and the test value, the budget used, the seed and the hardware.
/// </summary>
public sealed record RunResults
{
    /// <summary>The task name, or <c>babi</c>.</summary>
    public required string Experiment { get; init; }

    /// <summary><c>stm</c>, <c>lstm</c> or <c>alstm</c>.</summary>
    public required string Model { get; init; }

    /// <summary>Free text naming the variant, e.g. <c>d96-no-gates</c>.</summary>
    public string? Variant { get; init; }

    /// <summary><c>accuracy</c>, <c>bit-error-per-sequence</c>, <c>step-accuracy</c>, <c>tour-length</c> or <c>error</c>.</summary>
    public required string Metric { get; init; }

    /// <summary>Whether a larger metric is better.</summary>
    public bool HigherIsBetter { get; init; }

    /// <summary>The best validation value, or null before the first evaluation.</summary>
    public double? BestValid { get; init; }

    /// <summary>The test value of the best-validation model, or null before the test.</summary>
    public double? Test { get; init; }

    /// <summary>Training iterations done.</summary>
    public long Iterations { get; init; }

    /// <summary>Minutes of training.</summary>
    public double Minutes { get; init; }

    /// <summary>The run's seed.</summary>
    public ulong Seed { get; init; }

    /// <summary>Trainable parameters of the model.</summary>
    public long Parameters { get; init; }

    /// <summary>The machine, e.g. <c>2 cores, Linux 6.1, .NET 10.0.0</c>.</summary>
    public string? Hardware { get; init; }

    /// <summary>Per-task numbers (bAbI's <c>task1</c>..<c>task20</c>, <c>failedTasks</c>; TSP's tour length).</summary>
    public IReadOnlyDictionary<string, double> Extra { get; init; } = new Dictionary<string, double>();

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a results file; the message names it.</exception>
    public static RunResults Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<RunResults>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"{path}: holds null; expected the results object of a task or babi run.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path}: not a results.json of a task or babi run: {exception.Message}");
        }
    }
}
