namespace SamRL.Atari.Machine;

/// <summary>
/// The clock and control lines that every chip on the bus shares (Stella's <c>System</c>).
/// The CPU advances <see cref="Cycles"/> by the whole base cycle count of an instruction right after
/// its opcode fetch (ALE's <c>M6502Low</c>, ALE_REFERENCE §9.1), so every TIA/RIOT access of the
/// instruction carries that time stamp; TIA's WSYNC stall advances it too.
/// </summary>
public sealed class SystemClock
{
    /// <summary>CPU cycles since power-on (never rebased: a long does not overflow in practice).</summary>
    public long Cycles;

    /// <summary>Whether the most recent bus access was a read (maintained by the bus; WSYNC's rule).</summary>
    public bool LastAccessWasRead;

    /// <summary>
    /// The last byte that crossed the data bus, read or written (maintained by the bus after each access,
    /// Stella's <c>System::getDataBusState</c>). A TIA read fills its undriven bits from it (ALE_REFERENCE §4.2):
    /// during the TIA's own Peek it still holds the byte of the access before.
    /// </summary>
    public byte DataBus;

    /// <summary>Set by the TIA when a frame ends; the CPU stops at the next instruction boundary and clears it.</summary>
    public bool StopRequested;
}
