using System.Diagnostics;

namespace SamRL.Agents.A3C;

/// <summary>
/// Wall-clock time per <see cref="RolloutPhase"/>, summed over what a <see cref="RolloutSegment"/> ran since
/// <see cref="Clear"/>: each <see cref="Lap"/> charges the time since the previous lap (or <see cref="Start"/>) to a phase.
/// </summary>
public sealed class RolloutPhaseTimes
{
    private readonly long[] ticks = new long[Enum.GetValues<RolloutPhase>().Length];
    private long lapStart;

    /// <summary>Starts timing the next phase now.</summary>
    public void Start() => lapStart = Stopwatch.GetTimestamp();

    /// <summary>Charges the time since the previous lap to <paramref name="phase"/> and starts the next one.</summary>
    public void Lap(RolloutPhase phase)
    {
        long now = Stopwatch.GetTimestamp();
        ticks[(int)phase] += now - lapStart;
        lapStart = now;
    }

    /// <summary>Milliseconds charged to <paramref name="phase"/>.</summary>
    public double Milliseconds(RolloutPhase phase) => ticks[(int)phase] * 1000.0 / Stopwatch.Frequency;

    /// <summary>Sets every phase back to zero.</summary>
    public void Clear() => Array.Clear(ticks);
}
