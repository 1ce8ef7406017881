using System.Globalization;
using SamRL.Runner.Runs;

namespace SamRL.Runner.Reports;

/// <summary>
/// What the report needs from an A3C run folder's files: the reward of each greedy evaluation episode (game) in
/// order, the training frames and minutes reached, and the ROM the run played (from <c>train.log</c>).
/// </summary>
/// <param name="Rewards">Reward of each evaluation game, in the order played.</param>
/// <param name="Frames">Emulator frames of training when the run stopped.</param>
/// <param name="Minutes">Minutes of training when the run stopped.</param>
/// <param name="Rom">The <c>environment:</c> line of <c>train.log</c> (ROM, md5, where it came from), or null without a log.</param>
public sealed record ReinforcementRun(IReadOnlyList<double> Rewards, long Frames, double Minutes, string? Rom)
{
    private const string EnvironmentMarker = "environment: ";

    /// <summary>Reads <c>metrics.csv</c> and, when present, <c>train.log</c> of the folder <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">The metrics file is not an A3C run's; the message names the file and line.</exception>
    public static ReinforcementRun Load(string folder)
    {
        var path = Path.Combine(folder, "metrics.csv");
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != MetricsCsv.Header)
        {
            throw new InvalidDataException($"{path}: line 1 is not the header \"{MetricsCsv.Header}\" of an A3C run's metrics.csv.");
        }

        var episodes = new List<(long Episode, double Reward)>();
        long frames = 0;
        double seconds = 0;
        for (var index = 1; index < lines.Length; index++)
        {
            if (lines[index].Length == 0)
            {
                continue;
            }

            var fields = lines[index].Split(',');
            if (fields.Length != 11)
            {
                throw new InvalidDataException($"{path}: line {index + 1} has {fields.Length} fields; expected 11.");
            }

            seconds = Math.Max(seconds, Number(fields[1], path, index));
            frames = Math.Max(frames, (long)Number(fields[2], path, index));
            if (fields[0] == "evaluation")
            {
                episodes.Add(((long)Number(fields[8], path, index), Number(fields[9], path, index)));
            }
        }

        var rewards = episodes.OrderBy(episode => episode.Episode).Select(episode => episode.Reward).ToArray();
        return new ReinforcementRun(rewards, frames, seconds / 60, ReadRom(Path.Combine(folder, "train.log")));
    }

    private static string? ReadRom(string log)
    {
        if (!File.Exists(log))
        {
            return null;
        }

        var line = File.ReadLines(log).FirstOrDefault(text => text.Contains(EnvironmentMarker, StringComparison.Ordinal));
        return line?[(line.IndexOf(EnvironmentMarker, StringComparison.Ordinal) + EnvironmentMarker.Length)..].Trim();
    }

    private static double Number(string field, string path, int index) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{path}: line {index + 1} has \"{field}\" where a number was expected.");
}
