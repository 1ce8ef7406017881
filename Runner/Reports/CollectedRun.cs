using System.Globalization;
using System.Text.Json;

namespace SamRL.Runner.Reports;

/// <summary>
/// One seed of one experiment as collected into <c>Experiments/results/runs/&lt;id&gt;/&lt;seed&gt;/</c>: the small text
/// files copied from its run folder (<c>results.json</c>, <c>metrics.csv</c>, <c>train.log</c>) and the
/// <c>run.json</c> the experiment script adds (the exact command and the machine).
/// </summary>
/// <param name="Seed">The seed (the folder name).</param>
/// <param name="Supervised">The results of a task or babi run, or null for an A3C run.</param>
/// <param name="Reinforcement">The evaluation games of an A3C run, or null for a supervised run.</param>
/// <param name="Curve">The learning curve: training metric vs iteration, or the 100-game moving average vs games.</param>
/// <param name="Hardware">The machine the run says it ran on, or null when neither file records it.</param>
/// <param name="Command">The command line the script ran, or null when no <c>run.json</c> was written.</param>
public sealed record CollectedRun(
    ulong Seed,
    RunResults? Supervised,
    ReinforcementRun? Reinforcement,
    IReadOnlyList<CurvePoint> Curve,
    string? Hardware,
    string? Command)
{
    /// <summary>The file the experiment script writes next to the copied files.</summary>
    public const string ProvenanceFile = "run.json";

    /// <summary>
    /// The seeds of <paramref name="config"/> collected under <paramref name="runsFolder"/> (<c>&lt;runs&gt;/&lt;id&gt;/&lt;seed&gt;/</c>),
    /// in seed order; none when the experiment has not been run.
    /// </summary>
    /// <exception cref="InvalidDataException">A collected file is malformed; the message names it.</exception>
    public static IReadOnlyList<CollectedRun> LoadAll(string runsFolder, ExperimentConfig config)
    {
        var folder = Path.Combine(runsFolder, config.Id);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var runs = new List<CollectedRun>();
        foreach (var seedFolder in Directory.GetDirectories(folder))
        {
            var name = Path.GetFileName(seedFolder);
            if (!ulong.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
            {
                throw new InvalidDataException($"{seedFolder}: a collected run's folder is named by its seed; \"{name}\" is not a seed.");
            }

            runs.Add(Load(seedFolder, seed, config.Kind));
        }

        return runs.OrderBy(run => run.Seed).ToArray();
    }

    private static CollectedRun Load(string folder, ulong seed, ExperimentKind kind)
    {
        var (command, scriptHardware) = ReadProvenance(Path.Combine(folder, ProvenanceFile));
        if (kind == ExperimentKind.Reinforcement)
        {
            var run = ReinforcementRun.Load(folder);
            return new CollectedRun(seed, null, run, MovingAverage.AgainstGames(run.Rewards), scriptHardware, command);
        }

        var results = RunResults.Load(Path.Combine(folder, "results.json"));
        var curve = SupervisedMetrics.TrainingCurve(Path.Combine(folder, "metrics.csv"));
        return new CollectedRun(seed, results, null, curve, results.Hardware ?? scriptHardware, command);
    }

    private static (string? Command, string? Hardware) ReadProvenance(string path)
    {
        if (!File.Exists(path))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            string? Text(string name) =>
                document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return (Text("command"), Text("hardware"));
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path}: not valid JSON: {exception.Message}");
        }
    }
}
