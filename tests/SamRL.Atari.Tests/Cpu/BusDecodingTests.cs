namespace SamRL.Atari.Tests.Cpu;

/// <summary>The 6507 decodes 13 address lines: A12 cartridge, else A7 = 0 TIA, else A9 = 0 RAM, else RIOT I/O.</summary>
public class BusDecodingTests
{
    [Theory]
    [InlineData(0x0080)]
    [InlineData(0x0180)]
    [InlineData(0x0480)]
    [InlineData(0x2080)]
    [InlineData(0xE080)]
    public void RamMirrorsAppearWhereverA12IsLowA7HighAndA9Low(int address)
    {
        var machine = new TestMachine();
        machine.Bus.Write((ushort)address, 0x5C);
        Assert.Equal(0x5C, machine.Riot.Ram[0]);
        Assert.Equal(0x5C, machine.Bus.Read((ushort)address));
    }

    [Theory]
    [InlineData(0x0000)]
    [InlineData(0x003F)]
    [InlineData(0x0100)]
    [InlineData(0x0A7F)]
    [InlineData(0xC040)]
    public void TiaGetsEveryAddressWithA12AndA7Low_WithTheFullAddress(int address)
    {
        var machine = new TestMachine();
        machine.Bus.Write((ushort)address, 1);
        machine.Bus.Read((ushort)address);
        Assert.Equal((ushort)address, Assert.Single(machine.Tia.Writes).Address);
        Assert.Equal((ushort)address, Assert.Single(machine.Tia.Reads).Address);
    }

    [Theory]
    [InlineData(0x0280)]
    [InlineData(0x0380)]
    [InlineData(0x0680)]
    [InlineData(0x2280)]
    public void RiotIoAppearsWhereverA9IsHigh(int address)
    {
        var machine = new TestMachine();
        machine.Ports.JoystickLines = 0x6D;
        Assert.Equal(0x6D, machine.Bus.Read((ushort)address));
    }

    [Theory]
    [InlineData(0x1000)]
    [InlineData(0x3000)]
    [InlineData(0xF000)]
    public void CartridgeGetsA12High(int address)
    {
        var machine = new TestMachine();
        machine.Bus.Write((ushort)address, 0x77);
        Assert.Equal(0x77, machine.Cartridge.Memory[0]);
        Assert.Equal(0x77, machine.Bus.Read((ushort)address));
        Assert.Empty(machine.Tia.Writes);
    }

    [Fact]
    public void TheBusRecordsDirectionAndDataOfTheLastAccess()
    {
        var machine = new TestMachine();
        machine.Riot.Ram[1] = 0x12;
        machine.Bus.Read(0x0081);
        Assert.True(machine.Clock.LastAccessWasRead);
        Assert.Equal(0x12, machine.Clock.DataBus);
        machine.Bus.Write(0x0082, 0x34);
        Assert.False(machine.Clock.LastAccessWasRead);
        Assert.Equal(0x34, machine.Clock.DataBus);
    }
}
