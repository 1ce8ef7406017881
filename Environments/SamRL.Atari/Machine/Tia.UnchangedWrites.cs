using System.Runtime.CompilerServices;

namespace SamRL.Atari.Machine;

/// <summary>
/// Writes that change nothing the picture depends on (Pong rewrites the same playfield, enable and graphics values
/// on almost every line) do not catch the picture up: the drawing they would have done is only remembered, and the
/// next access that matters draws up to the later of the two points. Drawing one span or two with the same
/// registers gives the same pixels and collisions: a span drawn in whole 4-pixel groups may overshoot its end, but
/// only with playfield or background pixels, which the continuation redraws identically.
/// </summary>
public sealed partial class Tia
{
    /// <summary>The colour clock up to which skipped writes would have drawn (no later than any real update).</summary>
    private long deferredDrawClock;

    /// <summary>
    /// Whether writing <paramref name="value"/> to <paramref name="register"/> leaves every register and latch as it
    /// is: the same playfield, enable or graphics bits (GRPx also copies the other player's graphics and the ball
    /// enable for vertical delay, so those copies must already agree), or a register that changes nothing ALE draws.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool LeavesPictureUnchanged(int register, byte value) => register switch
    {
        0x03 or (>= 0x15 and <= 0x1A) or >= 0x2D => true, // RSYNC, audio, unused
        0x0D => (playfield & 0x0000F) == (uint)(value >> 4),
        0x0E => ((playfield >> 4) & 0xFF) == value,
        0x0F => playfield >> 12 == value,
        0x1B => grp0 == value && delayedGrp1 == grp1,
        0x1C => grp1 == value && delayedGrp0 == grp0 && delayedEnabl == enabl,
        0x1D => enam0 == ((value & 0x02) != 0),
        0x1E => enam1 == ((value & 0x02) != 0),
        0x1F => enabl == ((value & 0x02) != 0),
        _ => false,
    };

    /// <summary>Remembers the drawing a write that changes nothing would have done.</summary>
    private void DeferDrawing(long until)
    {
        if (until > deferredDrawClock)
        {
            deferredDrawClock = until;
        }
    }

    /// <summary>Draws up to <paramref name="until"/> or the deferred point, whichever is later.</summary>
    private void UpdateFrameWithDeferred(long until) => UpdateFrame(Math.Max(until, deferredDrawClock));
}
