using System.Globalization;
using System.Text;

namespace SamRL.Runner.Training;

/// <summary>
/// The files of one training run, in <c>runs/&lt;game&gt;-&lt;core&gt;-fs&lt;k&gt;-&lt;time&gt;/</c>: the resolved
/// settings, the log, the metrics, TensorBoard curves and the reward plot. The trainer adds its checkpoints and
/// evaluation episodes under the same folder.
/// </summary>
public sealed class RunFolder
{
    private RunFolder(string path) => Path = System.IO.Path.GetFullPath(path);

    /// <summary>The run folder.</summary>
    public string Path { get; }

    /// <summary>The resolved settings.</summary>
    public string ConfigFile => System.IO.Path.Combine(Path, "config.json");

    /// <summary>The Serilog log of every session of the run.</summary>
    public string LogFile => System.IO.Path.Combine(Path, "train.log");

    /// <summary>Per-interval and per-evaluation-episode metrics.</summary>
    public string MetricsFile => System.IO.Path.Combine(Path, "metrics.csv");

    /// <summary>The folder of the TensorBoard event files.</summary>
    public string TensorBoardDirectory => System.IO.Path.Combine(Path, "tensorboard");

    /// <summary>The reward curve, refreshed during the run.</summary>
    public string RewardPlotFile => System.IO.Path.Combine(Path, "reward.png");

    /// <summary>The folder name of a run: <c>&lt;game&gt;-&lt;core&gt;-fs&lt;k&gt;-&lt;yyyyMMdd-HHmmss&gt;</c> (UTC).</summary>
    public static string Name(string game, string core, int frameSkip, DateTimeOffset start)
    {
        var safeGame = new StringBuilder(game.Length);
        foreach (var character in game)
        {
            safeGame.Append(char.IsAsciiLetterOrDigit(character) || character is '-' or '_' or '.' ? character : '_');
        }

        var time = start.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return $"{safeGame}-{core}-fs{frameSkip}-{time}";
    }

    /// <summary>Creates a new run folder under <paramref name="runsDirectory"/>; a name already taken gets a suffix.</summary>
    public static RunFolder CreateNew(string runsDirectory, string name)
    {
        Directory.CreateDirectory(runsDirectory);
        var path = System.IO.Path.Combine(runsDirectory, name);
        for (var suffix = 2; Directory.Exists(path); suffix++)
        {
            path = System.IO.Path.Combine(runsDirectory, $"{name}-{suffix}");
        }

        Directory.CreateDirectory(path);
        return new RunFolder(path);
    }

    /// <summary>Opens an existing run folder to resume it.</summary>
    /// <exception cref="Cli.UserInputException">The folder does not exist or holds no <c>config.json</c>.</exception>
    public static RunFolder OpenExisting(string path)
    {
        var folder = new RunFolder(path);
        if (!Directory.Exists(folder.Path))
        {
            throw new Cli.UserInputException($"--resume: run folder {path} does not exist.");
        }

        if (!File.Exists(folder.ConfigFile))
        {
            throw new Cli.UserInputException($"--resume: {path} is not a run folder (it has no config.json).");
        }

        return folder;
    }
}
