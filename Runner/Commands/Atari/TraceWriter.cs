using System.Globalization;
using SamRL.Atari.Env;

namespace SamRL.Runner.Commands.Atari;

/// <summary>
/// Writes the JSON lines of <c>atari trace</c> in the exact key order and encodings ALE's harness uses: state keys
/// <c>game_over, truncated, lives, episode_frame, frame, ram</c> (RAM $80..$FF as 256 lower-case hex digits) and
/// <c>screen_fnv1a64</c> (FNV-1a 64 over the H × 160 palette indices, 16 lower-case hex digits).
/// </summary>
internal sealed class TraceWriter(TextWriter output)
{
    private const ulong FnvOffsetBasis = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;

    /// <summary>A <c>reset</c> line: the state after loading or after a reset, before step <paramref name="step"/>.</summary>
    public void Reset(int step, AleInterface ale)
    {
        output.Write("{\"kind\":\"reset\",\"step\":");
        output.Write(step.ToString(CultureInfo.InvariantCulture));
        WriteState(ale);
    }

    /// <summary>A <c>step</c> line: the action taken, its reward and the state after it.</summary>
    public void Step(int step, int action, int reward, AleInterface ale)
    {
        output.Write("{\"kind\":\"step\",\"step\":");
        output.Write(step.ToString(CultureInfo.InvariantCulture));
        output.Write(",\"action\":");
        output.Write(action.ToString(CultureInfo.InvariantCulture));
        output.Write(",\"reward\":");
        output.Write(reward.ToString(CultureInfo.InvariantCulture));
        WriteState(ale);
    }

    /// <summary>FNV-1a 64 of <paramref name="bytes"/>.</summary>
    public static ulong Fnv1a64(ReadOnlySpan<byte> bytes)
    {
        ulong hash = FnvOffsetBasis;
        foreach (byte value in bytes)
        {
            hash = (hash ^ value) * FnvPrime;
        }

        return hash;
    }

    private void WriteState(AleInterface ale)
    {
        output.Write(",\"game_over\":");
        output.Write(ale.IsGameOver ? "true" : "false");
        output.Write(",\"truncated\":");
        output.Write(ale.IsGameTruncated ? "true" : "false");
        output.Write(",\"lives\":");
        output.Write(ale.Lives.ToString(CultureInfo.InvariantCulture));
        output.Write(",\"episode_frame\":");
        output.Write(ale.EpisodeFrameNumber.ToString(CultureInfo.InvariantCulture));
        output.Write(",\"frame\":");
        output.Write(ale.FrameNumber.ToString(CultureInfo.InvariantCulture));
        output.Write(",\"ram\":\"");
        output.Write(Convert.ToHexStringLower(ale.Ram));
        output.Write("\",\"screen_fnv1a64\":\"");
        output.Write(Fnv1a64(ale.Screen).ToString("x16", CultureInfo.InvariantCulture));
        output.Write("\"}\n");
    }
}
