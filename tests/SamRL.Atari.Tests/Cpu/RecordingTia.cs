using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.Cpu;

/// <summary>A stand-in TIA that answers reads with a fixed value and records every access with its time stamp.</summary>
internal sealed class RecordingTia(SystemClock clock) : IBusDevice
{
    public readonly List<(ushort Address, long Cycle, bool LastAccessWasRead)> Reads = [];
    public readonly List<(ushort Address, byte Value, long Cycle, bool LastAccessWasRead)> Writes = [];

    public byte ReadValue { get; set; } = 0x5A;

    /// <summary>Makes every read request a stop, as the TIA does when a frame ends.</summary>
    public bool RequestStopOnRead { get; set; }

    public byte Peek(ushort address)
    {
        Reads.Add((address, clock.Cycles, clock.LastAccessWasRead));
        clock.StopRequested |= RequestStopOnRead;
        return ReadValue;
    }

    public void Poke(ushort address, byte value) => Writes.Add((address, value, clock.Cycles, clock.LastAccessWasRead));
}
