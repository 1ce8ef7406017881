using System.Runtime.CompilerServices;

namespace SamRL.Atari.Machine;

/// <summary>
/// The 6507 (an NMOS 6502 with 13 address lines) as ALE's Stella 2.4.2 <c>M6502Low</c> runs it
/// (ALE_REFERENCE §9.1): right after the opcode fetch the opcode's whole base cycle count is added to the
/// clock, so every access of the instruction carries that time stamp; page-crossing and taken-branch cycles
/// are added while the instruction runs, at the point Stella adds them. Instructions make only the accesses
/// Stella makes (no dummy reads or writes, except the stack and PC reads of BRK/JSR/RTS/RTI/PLA/PLP).
/// All documented opcodes, the NMOS undocumented ones of Stella's table, and Stella's decimal mode are
/// implemented; the twelve jam opcodes stop the CPU in the <see cref="Jammed"/> state.
/// </summary>
public sealed partial class Cpu6507
{
    private readonly Bus _bus;
    private readonly SystemClock _clock;

    /// <summary>Creates the CPU on a bus; call <see cref="Reset"/> before running it.</summary>
    public Cpu6507(Bus bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        _bus = bus;
        _clock = bus.Clock;
    }

    /// <summary>Accumulator.</summary>
    public byte A { get; set; }

    /// <summary>X index register.</summary>
    public byte X { get; set; }

    /// <summary>Y index register.</summary>
    public byte Y { get; set; }

    /// <summary>Stack pointer (the stack is $0100 + SP).</summary>
    public byte SP { get; set; }

    /// <summary>Program counter (16 bits, as the CPU presents it to the bus).</summary>
    public ushort PC { get; set; }

    /// <summary>N flag.</summary>
    public bool Negative { get; set; }

    /// <summary>V flag.</summary>
    public bool Overflow { get; set; }

    /// <summary>D flag (decimal arithmetic for ADC/SBC and the undocumented opcodes built on them).</summary>
    public bool Decimal { get; set; }

    /// <summary>I flag (no interrupt line is wired on the 2600, so it only shows in the status byte).</summary>
    public bool InterruptDisable { get; set; }

    /// <summary>Z flag.</summary>
    public bool Zero { get; set; }

    /// <summary>C flag.</summary>
    public bool Carry { get; set; }

    /// <summary>
    /// The processor status byte as PHP/BRK push it: NV1BDIZC with bit 5 and B always 1
    /// (Stella keeps the 6507's B flag set). Setting it ignores bits 4 and 5.
    /// </summary>
    public byte Status
    {
        get => (byte)(0x30
            | (Negative ? 0x80 : 0) | (Overflow ? 0x40 : 0) | (Decimal ? 0x08 : 0)
            | (InterruptDisable ? 0x04 : 0) | (Zero ? 0x02 : 0) | (Carry ? 0x01 : 0));
        set
        {
            Negative = (value & 0x80) != 0;
            Overflow = (value & 0x40) != 0;
            Decimal = (value & 0x08) != 0;
            InterruptDisable = (value & 0x04) != 0;
            Zero = (value & 0x02) != 0;
            Carry = (value & 0x01) != 0;
        }
    }

    /// <summary>Whether a jam opcode has halted the CPU; only <see cref="Reset"/> clears it.</summary>
    public bool Jammed { get; private set; }

    /// <summary>The jam opcode that halted the CPU (valid while <see cref="Jammed"/>).</summary>
    public byte JamOpcode { get; private set; }

    /// <summary>The address the jam opcode was fetched from (valid while <see cref="Jammed"/>).</summary>
    public ushort JamAddress { get; private set; }

    /// <summary>
    /// CPU reset as the last step of a system reset (§2.1): A = X = Y = 0, SP = $FF, status $30 (I = D = 0),
    /// jam state cleared, PC ← the word at $FFFC (read through the bus, so hot-spots there take effect).
    /// </summary>
    public void Reset()
    {
        A = X = Y = 0;
        SP = 0xFF;
        Status = 0x20;
        Jammed = false;
        JamOpcode = 0;
        JamAddress = 0;
        byte low = _bus.Read(0xFFFC);
        byte high = _bus.Read(0xFFFD);
        PC = (ushort)(low | (high << 8));
        _clock.LastAccessWasRead = true;
    }

    /// <summary>
    /// Runs up to <paramref name="maxInstructions"/> instructions, stopping early after the instruction during
    /// which <see cref="SystemClock.StopRequested"/> was set (the flag is then cleared) or when the CPU jams.
    /// Like Stella, a stop request pending when this is called is discarded. Returns the instructions run.
    /// </summary>
    /// <remarks>The iterations of a timer wait loop count as the two instructions each runs (see <see cref="RunTimerWaitLoop"/>).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public int Execute(int maxInstructions)
    {
        SystemClock clock = _clock;
        clock.StopRequested = false;
        if (Jammed)
        {
            return 0;
        }

        // A jam and a timer wait loop raise the stop request too, so the loop tests one flag per instruction.
        int executed = 0;
        while (executed < maxInstructions)
        {
            ExecuteOne();
            executed++;
            if (clock.StopRequested)
            {
                clock.StopRequested = false;
                if (!timerWaitPending)
                {
                    break;
                }

                timerWaitPending = false;
                executed += RunTimerWaitLoop(maxInstructions - executed);
            }
        }

        return executed;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Read(int address) => _bus.Read((ushort)address);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Write(int address, byte value) => _bus.Write((ushort)address, value);

    private void Jam(byte opcode, ushort address)
    {
        Jammed = true;
        JamOpcode = opcode;
        JamAddress = address;
        _clock.StopRequested = true;
    }
}
