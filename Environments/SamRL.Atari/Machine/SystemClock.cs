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

    /// <summary>Bit of <see cref="LastAccess"/> that marks a read.</summary>
    public const int ReadAccess = 0x100;

    /// <summary>
    /// The most recent bus access, packed so that the bus records it with one store per access (the hottest
    /// write of the emulator): bits 0–7 the byte that crossed the data bus, bit 8 (<see cref="ReadAccess"/>) set
    /// for a read. <see cref="DataBus"/> and <see cref="LastAccessWasRead"/> are its two parts.
    /// </summary>
    public int LastAccess;

    /// <summary>Whether the most recent bus access was a read (maintained by the bus; WSYNC's rule).</summary>
    public bool LastAccessWasRead
    {
        get => (LastAccess & ReadAccess) != 0;
        set => LastAccess = value ? LastAccess | ReadAccess : LastAccess & ~ReadAccess;
    }

    /// <summary>
    /// The last byte that crossed the data bus, read or written (maintained by the bus after each access,
    /// Stella's <c>System::getDataBusState</c>). A TIA read fills its undriven bits from it (ALE_REFERENCE §4.2):
    /// during the TIA's own Peek it still holds the byte of the access before.
    /// </summary>
    public byte DataBus
    {
        get => (byte)LastAccess;
        set => LastAccess = (LastAccess & ReadAccess) | value;
    }

    /// <summary>Set by the TIA when a frame ends; the CPU stops at the next instruction boundary and clears it.</summary>
    public bool StopRequested;
}
