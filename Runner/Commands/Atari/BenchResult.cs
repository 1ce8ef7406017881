namespace SamRL.Runner.Commands.Atari;

/// <summary>One timed <c>atari bench</c> run.</summary>
/// <param name="Game">The game the ROM was run as.</param>
/// <param name="Md5">The ROM's MD5.</param>
/// <param name="Frames">act() frames timed.</param>
/// <param name="Episodes">Games finished (each followed by a timed reset).</param>
/// <param name="Seconds">Wall-clock time of the timed loop.</param>
/// <param name="EmulatedFrames">Frames emulated in the loop, reset frames included.</param>
internal sealed record BenchResult(string Game, string Md5, long Frames, int Episodes, double Seconds, long EmulatedFrames)
{
    /// <summary>act() frames per second: ALE's figure (21,682 on Pong for ALE 0.12.1 on this machine class).</summary>
    public double FramesPerSecond => Frames / Seconds;

    /// <summary>All emulated frames per second, reset frames included.</summary>
    public double EmulatedFramesPerSecond => EmulatedFrames / Seconds;
}
