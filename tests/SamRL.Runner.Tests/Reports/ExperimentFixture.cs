using System.Globalization;

namespace SamRL.Runner.Tests.Reports;

/// <summary>Writes experiment configs and collected run files into a temporary folder, as the script would.</summary>
internal sealed class ExperimentFixture : IDisposable
{
    private readonly TempDirectory root = new();

    public string Configs => root.Combine("configs");

    public string Results => root.Combine("results");

    public void Group(string name, string value, string[] rows, string[] columns)
    {
        Directory.CreateDirectory(Path.Combine(Configs, name));
        File.WriteAllText(Path.Combine(Configs, name, "group.json"), $$"""
            {
              "title": "Title of {{name}}",
              "reproduces": "What {{name}} reproduces.",
              "value": "{{value}}",
              "budgetNote": "Scaled to 2 cores.",
              "rows": [{{Quoted(rows)}}],
              "columns": [{{Quoted(columns)}}]
            }
            """);
    }

    public string Config(string group, string id, string json)
    {
        var path = Path.Combine(Configs, group, id + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    public static string SupervisedConfig(string group, string id, string row, string column, string paper, string extras = "") => $$"""
        {
          "id": "{{id}}", "group": "{{group}}", "row": "{{row}}", "column": "{{column}}",
          "paper": {{paper}}, "paperNote": "note of {{id}}",
          "runner": ["task", "copy", "--model", "stm"],
          "budget": { "maxMinutes": 20, "maxIterations": 5000 },
          "seeds": [1, 2]{{extras}}
        }
        """;

    public static string PongConfig(string id, string row, string column) => $$"""
        {
          "id": "{{id}}", "group": "fig3", "row": "{{row}}", "column": "{{column}}", "paper": null,
          "runner": ["pong", "--core", "stm", "--frameskip", "32"],
          "budget": { "maxMinutes": 20 },
          "seeds": [1, 2]
        }
        """;

    /// <summary>A collected task run: results.json with the given test value and extras, and a metrics.csv with <paramref name="train"/> rows.</summary>
    public void SupervisedRun(string id, int seed, double test, long iterations, double minutes, (int Iteration, double Metric)[] train, string extra = "{}")
    {
        var folder = RunFolder(id, seed);
        File.WriteAllText(Path.Combine(folder, "results.json"), string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "experiment": "copy", "model": "stm", "variant": "d96-nq8", "metric": "accuracy", "higherIsBetter": true,
              "bestValid": 0.5, "test": {{test}}, "iterations": {{iterations}}, "minutes": {{minutes}}, "seed": {{seed}},
              "parameters": 1170965, "hardware": "2 cores, Linux 6.1, .NET 10.0.0", "extra": {{extra}}
            }
            """));
        var rows = train.Select(row => string.Create(CultureInfo.InvariantCulture, $"train,{row.Iteration},{row.Iteration * 128},1.5,0.25,{row.Metric}"));
        File.WriteAllLines(Path.Combine(folder, "metrics.csv"), ["kind,iteration,examples,elapsed_seconds,loss,metric", .. rows, "valid,400,51200,3,0.2,0.5"]);
    }

    /// <summary>A collected A3C run: metrics.csv with one evaluation row per reward (and interval rows), and train.log naming the ROM.</summary>
    public void PongRun(string id, int seed, IReadOnlyList<double> rewards, long frames, double seconds, string rom)
    {
        var folder = RunFolder(id, seed);
        var lines = new List<string> { "kind,elapsed_seconds,frames,frames_per_second,episodes,policy_loss,value_loss,entropy,evaluation_episode,reward,average_reward_100" };
        for (var game = 0; game < rewards.Count; game++)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"interval,{seconds * game / rewards.Count},{frames * game / rewards.Count},500,{game},-1,2,1.7,,,"));
            // The logged average column is deliberately wrong: the report must compute the moving average itself.
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"evaluation,{seconds * (game + 1) / rewards.Count},{frames * (game + 1) / rewards.Count},,,,,,{game + 1},{rewards[game]},999"));
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture, $"checkpoint,{seconds},{frames},,,,,,,,"));
        File.WriteAllLines(Path.Combine(folder, "metrics.csv"), lines);
        File.WriteAllText(Path.Combine(folder, "train.log"),
            $"2026-11-24 05:06:28.444 +00:00 [INF] training pong (stm, frame skip 32, 2 workers, seed {seed}) in /runs/x\n" +
            $"2026-11-24 05:06:28.454 +00:00 [INF] environment: {rom}\n");
        File.WriteAllText(Path.Combine(folder, "run.json"), $$"""{ "command": "SamRL.Runner pong --seed {{seed}}", "hardware": "2 cores, test machine" }""");
    }

    public void Dispose() => root.Dispose();

    private string RunFolder(string id, int seed)
    {
        var folder = Path.Combine(Results, "runs", id, seed.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Quoted(string[] labels) => string.Join(", ", labels.Select(label => $"\"{label}\""));
}
