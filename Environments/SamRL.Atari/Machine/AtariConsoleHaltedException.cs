namespace SamRL.Atari.Machine;

/// <summary>
/// The 6507 executed a jam (KIL) opcode and stopped; the console stays halted until <see cref="AtariConsole.SystemReset"/>.
/// ALE would keep returning grey partial frames forever; SamRL reports it instead.
/// </summary>
public sealed class AtariConsoleHaltedException : Exception
{
    /// <summary>Creates the exception for a jam at <paramref name="address"/>.</summary>
    public AtariConsoleHaltedException(ushort address, byte opcode, long frame)
        : base($"The 6507 halted on jam opcode ${opcode:X2} at ${address:X4} during frame {frame}; only a system reset restarts it.")
    {
        Address = address;
        Opcode = opcode;
        Frame = frame;
    }

    /// <summary>Where the jam opcode was fetched.</summary>
    public ushort Address { get; }

    /// <summary>The jam opcode.</summary>
    public byte Opcode { get; }

    /// <summary>The console frame (<see cref="AtariConsole.FrameNumber"/>) that was running.</summary>
    public long Frame { get; }
}
