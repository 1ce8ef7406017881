namespace SamRL.Atari.Machine;

/// <summary>The read registers: collision latches and the input ports INPT0–INPT5.</summary>
public sealed partial class Tia
{
    /// <summary>A paddle resistance that reads as fully charged at once (ALE's minimum).</summary>
    public const int PotShorted = 0;

    /// <summary>A paddle resistance that never charges: what an unconnected pot pin (a joystick port) reads as.</summary>
    public const int PotDisconnected = int.MaxValue;

    /// <inheritdoc />
    /// <remarks>
    /// Only bits 7 and 6 are driven; the low six bits are whatever the data bus last carried (normally the
    /// instruction's operand), which games that store raw TIA reads expose.
    /// </remarks>
    public byte Peek(ushort address)
    {
        UpdateFrameWithDeferred(clock.Cycles * 3);
        int noise = clock.DataBus & 0x3F;
        int driven = (address & 0x0F) switch
        {
            0x00 => LatchBits(0x0001, 0x0002),
            0x01 => LatchBits(0x0004, 0x0008),
            0x02 => LatchBits(0x0010, 0x0020),
            0x03 => LatchBits(0x0040, 0x0080),
            0x04 => LatchBits(0x0100, 0x0200),
            0x05 => LatchBits(0x0400, 0x0800),
            0x06 => LatchBits(0x1000, 0),
            0x07 => LatchBits(0x2000, 0x4000),
            0x08 => PotBit(ports.PaddleResistance[0]),
            0x09 => PotBit(ports.PaddleResistance[1]),
            0x0A => PotBit(ports.PaddleResistance[2]),
            0x0B => PotBit(ports.PaddleResistance[3]),
            0x0C => ports.LeftFire ? 0 : 0x80,
            0x0D => ports.RightFire ? 0 : 0x80,
            _ => 0,
        };
        return (byte)(driven | noise);
    }

    private int LatchBits(int bit7, int bit6) =>
        ((collisions & bit7) != 0 ? 0x80 : 0) | ((collisions & bit6) != 0 ? 0x40 : 0);

    /// <summary>
    /// A pot input reads 1 once its capacitor has charged through the paddle's resistance since the VBLANK dump
    /// was released: after 1.6 × R × 10⁻⁸ s at 1.19 MHz, computed as Stella does, in double precision in this order.
    /// </summary>
    private int PotBit(int resistance)
    {
        if (resistance == PotShorted)
        {
            return 0x80;
        }

        if (resistance == PotDisconnected || dumpEnabled)
        {
            return 0;
        }

        double seconds = 1.6 * resistance * 0.01E-6;
        uint needed = (uint)(seconds * 1.19E6);

        // Stella compares on its per-frame rebased 32-bit counter: a release before this frame's start whose
        // deadline also fell before it wraps around and reads as not yet charged.
        uint now = unchecked((uint)(clock.Cycles - cycleBase));
        uint deadline = unchecked((uint)(int)(dumpDisabledCycle - cycleBase) + needed);
        return now > deadline ? 0x80 : 0;
    }
}
