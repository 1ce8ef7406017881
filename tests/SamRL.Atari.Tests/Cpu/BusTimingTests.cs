using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.Cpu;

/// <summary>ALE_REFERENCE §9.1: every access of an instruction carries the clock after the opcode's base cycles.</summary>
public class BusTimingTests
{
    [Fact]
    public void StaWsyncWritesAtStartPlusThreeWithTheOperandReadBeforeIt()
    {
        var machine = new TestMachine();
        machine.Clock.Cycles = 100;
        machine.Cpu.A = 0x42;
        machine.Load(0x85, 0x02);
        machine.Step();

        var write = Assert.Single(machine.Tia.Writes);
        Assert.Equal((ushort)0x02, write.Address);
        Assert.Equal(0x42, write.Value);
        Assert.Equal(103, write.Cycle);
        Assert.True(write.LastAccessWasRead);
        Assert.False(machine.Clock.LastAccessWasRead);
        Assert.Equal(0x42, machine.Clock.DataBus);
    }

    [Fact]
    public void ReadModifyWriteOfTiaWritesAfterItsOwnRead()
    {
        var machine = new TestMachine();
        machine.Tia.ReadValue = 0x10;
        machine.Load(0xE6, 0x2A); // INC $2A
        machine.Step();
        var write = Assert.Single(machine.Tia.Writes);
        Assert.Equal(0x11, write.Value);
        Assert.Equal(5, write.Cycle);
        Assert.True(write.LastAccessWasRead);
    }

    [Fact]
    public void AnIndexedReadCrossingAPageIsStampedWithTheExtraCycle()
    {
        var machine = new TestMachine();
        machine.Cpu.X = 0x02;
        machine.Load(0xBD, 0xFE, 0x00); // LDA $00FE,X → $0100 (TIA mirror), crosses a page
        machine.Step();
        var read = Assert.Single(machine.Tia.Reads);
        Assert.Equal((ushort)0x0100, read.Address);
        Assert.Equal(5, read.Cycle);
    }

    [Fact]
    public void TheTiaSeesTheDataBusOfThePreviousAccessDuringItsRead()
    {
        var clock = new SystemClock();
        var tia = new DataBusProbe(clock);
        var machine = new TestMachine();
        var bus = new Bus(clock, tia, new Riot(clock, new ControllerPorts(), new Mt19937(1)), machine.Cartridge);
        machine.Cartridge.Memory[0x100] = 0xA5; // LDA $3C
        machine.Cartridge.Memory[0x101] = 0x3C;
        var cpu = new Cpu6507(bus) { PC = 0xF100 };
        cpu.Execute(1);
        Assert.Equal(0x3C, tia.DataBusDuringPeek);
        Assert.Equal(0x80, clock.DataBus);
    }

    [Fact]
    public void StackAndReturnReadsAreTheOnlyDummyAccesses()
    {
        var machine = new TestMachine();
        machine.Cpu.SP = 0x7F; // stack in $0100-$017F is TIA space, so the TIA sees stack traffic
        machine.LoadAt(0xF200, 0x60);
        machine.Load(0x20, 0x00, 0xF2); // JSR: one dummy stack read at $017F, then two pushes
        machine.Step();
        Assert.Equal([(ushort)0x017F], machine.Tia.Reads.Select(r => r.Address));
        Assert.Equal([(ushort)0x017F, (ushort)0x017E], machine.Tia.Writes.Select(w => w.Address));

        machine.Tia.Reads.Clear();
        machine.Step(); // RTS: dummy read at SP, pulls, then a read of the return address
        Assert.Equal([(ushort)0x017D, (ushort)0x017E, (ushort)0x017F], machine.Tia.Reads.Select(r => r.Address));
    }

    private sealed class DataBusProbe(SystemClock clock) : IBusDevice
    {
        public byte DataBusDuringPeek { get; private set; }

        public byte Peek(ushort address)
        {
            DataBusDuringPeek = clock.DataBus;
            return 0x80;
        }

        public void Poke(ushort address, byte value)
        {
        }
    }
}
