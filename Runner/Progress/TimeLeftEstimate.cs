namespace SamRL.Runner.Progress;

/// <summary>Time until the first of the run's limits (frames or minutes) is reached.</summary>
public static class TimeLeftEstimate
{
    /// <summary>
    /// The time left, or null when no limit is set, or when only a frame limit is set and the speed is unknown.
    /// </summary>
    public static TimeSpan? Compute(long frames, double framesPerSecond, TimeSpan elapsed, long? maxFrames, double? maxMinutes)
    {
        TimeSpan? byTime = maxMinutes is { } minutes ? Max0(TimeSpan.FromMinutes(minutes) - elapsed) : null;
        TimeSpan? byFrames = maxFrames is { } limit && framesPerSecond > 0 && double.IsFinite(framesPerSecond)
            ? Max0(TimeSpan.FromSeconds(Math.Max(0, limit - frames) / framesPerSecond))
            : null;
        return (byTime, byFrames) switch
        {
            ({ } time, { } frameTime) => time < frameTime ? time : frameTime,
            ({ } time, null) => time,
            (null, var frameTime) => frameTime,
        };
    }

    private static TimeSpan Max0(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value;
}
