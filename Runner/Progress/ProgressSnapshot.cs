using System.Globalization;

namespace SamRL.Runner.Progress;

/// <summary>What the progress display shows about a training run at one moment.</summary>
/// <param name="Frames">Emulator frames trained so far (resumed sessions included).</param>
/// <param name="FramesPerSecond">Training speed over the last interval; NaN before the first.</param>
/// <param name="TrainingEpisodes">Finished training episodes.</param>
/// <param name="EvaluationEpisodes">Finished greedy evaluation episodes.</param>
/// <param name="AverageReward">Mean of the last 100 evaluation rewards; NaN before the first.</param>
/// <param name="BestReward">Best evaluation reward; NaN before the first.</param>
/// <param name="Elapsed">Training time so far (resumed sessions included).</param>
/// <param name="TimeLeft">Estimated time to the nearest limit; null when no limit is set or the speed is unknown.</param>
public sealed record ProgressSnapshot(
    long Frames,
    double FramesPerSecond,
    long TrainingEpisodes,
    long EvaluationEpisodes,
    double AverageReward,
    double BestReward,
    TimeSpan Elapsed,
    TimeSpan? TimeLeft)
{
    /// <summary>The state before any report.</summary>
    public static ProgressSnapshot Initial { get; } =
        new(0, double.NaN, 0, 0, double.NaN, double.NaN, TimeSpan.Zero, null);

    /// <summary>The snapshot as one log line, e.g. for redirected output and CI.</summary>
    public string ToLogLine() =>
        $"frames {Frames.ToString("N0", CultureInfo.InvariantCulture)} | {Format(FramesPerSecond, "N0")} frames/s | " +
        $"episodes {TrainingEpisodes.ToString(CultureInfo.InvariantCulture)} (eval {EvaluationEpisodes.ToString(CultureInfo.InvariantCulture)}) | " +
        $"avg reward {Format(AverageReward, "0.00")} | best {Format(BestReward, "0.##")} | " +
        $"elapsed {FormatDuration(Elapsed)} | left {(TimeLeft is { } left ? FormatDuration(left) : "-")}";

    /// <summary>A number, or "-" when it is not known yet.</summary>
    public static string Format(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";

    /// <summary>A duration as h:mm:ss (hours may exceed 24).</summary>
    public static string FormatDuration(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{(long)duration.TotalHours}:{duration.Minutes:00}:{duration.Seconds:00}");
}
