using SamRL.Atari.Machine;
using SamRL.Atari.Machine.Cartridges;
using SamRL.Atari.Tests.Cpu;

namespace SamRL.Atari.Tests.Cartridges;

public class SliceCartridgeTests
{
    [Fact]
    public void TwoKIsMirroredAndFourKIsFlat()
    {
        byte[] image = TestImages.Patterned(4096);
        var twoK = new Cartridge2K(image.AsSpan(0, 2048));
        var fourK = new Cartridge4K(image);
        for (int offset = 0; offset < 4096; offset += 97)
        {
            Assert.Equal(image[offset & 0x07FF], twoK.Peek((ushort)(0xF000 + offset)));
            Assert.Equal(image[offset], fourK.Peek((ushort)(0x1000 + offset)));
        }

        fourK.Poke(0x1000, 0x00);
        Assert.Equal(image[0], fourK.Peek(0x1000));
    }

    [Fact]
    public void TheBusReadsTwoKAndFourKRomsWithTheirMirrors()
    {
        byte[] image = TestImages.Patterned(4096);
        var clock = new SystemClock();
        var riot = new Riot(clock, new ControllerPorts(), new Mt19937(1));
        var twoK = new Bus(clock, new RecordingTia(clock), riot, new Cartridge2K(image.AsSpan(0, 2048)));
        var fourK = new Bus(clock, new RecordingTia(clock), riot, new Cartridge4K(image));
        foreach (int address in new[] { 0x1000, 0x17FF, 0x1800, 0x1FFF, 0x3ABC, 0xF123, 0xFFFD })
        {
            Assert.Equal(image[address & 0x07FF], twoK.Read((ushort)address));
            Assert.Equal(image[address & 0x0FFF], fourK.Read((ushort)address));
            Assert.Equal(image[address & 0x0FFF], clock.DataBus);
        }
    }

    [Fact]
    public void E0StartsWithSlices4To7AndEachHotspotRangePicksOneSegment()
    {
        byte[] image = TestImages.Patterned(8192);
        var cartridge = new CartridgeE0(image);
        cartridge.Reset();
        Assert.Equal([4, 5, 6, 7], Enumerable.Range(0, 4).Select(cartridge.SliceOf));

        cartridge.Peek(0x1FE2);
        cartridge.Poke(0x1FEB, 0);
        cartridge.Peek(0xFFF1);
        Assert.Equal([2, 3, 1, 7], Enumerable.Range(0, 4).Select(cartridge.SliceOf));
        Assert.Equal(image[(2 << 10) + 0x010], cartridge.Peek(0x1010));
        Assert.Equal(image[(3 << 10) + 0x020], cartridge.Peek(0x1420));
        Assert.Equal(image[(1 << 10) + 0x030], cartridge.Peek(0x1830));
        Assert.Equal(image[(7 << 10) + 0x040], cartridge.Peek(0x1C40));

        cartridge.Peek(0x1FF8);
        Assert.Equal([2, 3, 1, 7], Enumerable.Range(0, 4).Select(cartridge.SliceOf));
    }

    [Fact]
    public void FeSelectsTheHalfFromAddressBit13()
    {
        byte[] image = TestImages.Patterned(8192);
        var cartridge = new CartridgeFE(image);
        Assert.Equal(image[0x0123], cartridge.Peek(0xF123));
        Assert.Equal(0, cartridge.CurrentBank);
        Assert.Equal(image[0x1123], cartridge.Peek(0xD123));
        Assert.Equal(1, cartridge.CurrentBank);
        Assert.Equal(image[0x1123], cartridge.Peek(0x1123));
        Assert.Equal(image[0x0123], cartridge.Peek(0x3123));
    }

    [Fact]
    public void FeFollowsTheCodeRunningInDxxxOrFxxx()
    {
        // Lower half at $F000: JSR $D000. Upper half at $D000: LDA #$42, RTS. The upper half is reached only
        // because the CPU presents $Dxxx, and RTS comes back to $F003 in the lower half.
        byte[] image = TestImages.Patterned(8192);
        TestImages.WithBytesAt(image, 0x0000, 0x20, 0x00, 0xD0, 0xA2, 0x07);
        TestImages.WithBytesAt(image, 0x1000, 0xA9, 0x42, 0x60);
        TestImages.WithBytesAt(image, 0x0FFC, 0x00, 0xF0);
        var clock = new SystemClock();
        var cartridge = new CartridgeFE(image);
        var bus = new Bus(clock, new RecordingTia(clock), new Riot(clock, new ControllerPorts(), new Mt19937(1)), cartridge);
        var cpu = new Cpu6507(bus);
        cpu.Reset();
        Assert.Equal(0xF000, cpu.PC);
        cpu.Execute(4);
        Assert.Equal(0x42, cpu.A);
        Assert.Equal(0x07, cpu.X);
        Assert.Equal(0xF005, cpu.PC);
    }

    [Fact]
    public void ThreeFSwitchesOnWritesBelow40AndForwardsThemToTheTia()
    {
        byte[] image = TestImages.Patterned(4 * 2048);
        var clock = new SystemClock();
        var tia = new RecordingTia(clock);
        var cartridge = new Cartridge3F(image);
        var bus = new Bus(clock, tia, new Riot(clock, new ControllerPorts(), new Mt19937(1)), cartridge);
        cartridge.Reset();
        Assert.Equal(0, cartridge.CurrentBank);
        Assert.Equal(image[3 * 2048 + 0x123], bus.Read(0x1923));

        bus.Write(0x003F, 2);
        Assert.Equal(2, cartridge.CurrentBank);
        Assert.Equal(((ushort)0x3F, (byte)2), (tia.Writes[^1].Address, tia.Writes[^1].Value));
        Assert.Equal(image[2 * 2048 + 0x123], bus.Read(0x1123));
        Assert.Equal(image[3 * 2048 + 0x123], bus.Read(0x1923));

        bus.Write(0x0005, 9); // 9 mod 4 banks
        Assert.Equal(1, cartridge.CurrentBank);

        // ALE's quirks: reads of $00-$3F come from the cartridge, not the TIA; $40-$7F still reach the TIA.
        tia.Reads.Clear();
        Assert.Equal(image[1 * 2048 + 0x0C], bus.Read(0x000C));
        Assert.Empty(tia.Reads);
        bus.Read(0x004C);
        Assert.Single(tia.Reads);

        // Any write the cartridge sees reaches the TIA with address bits 0-11; only offsets up to $3F switch.
        bus.Write(0x1234, 3);
        Assert.Equal(1, cartridge.CurrentBank);
        Assert.Equal((ushort)0x234, tia.Writes[^1].Address);
        bus.Write(0x1010, 3);
        Assert.Equal(3, cartridge.CurrentBank);
        bus.Write(0x0050, 0);
        Assert.Equal(3, cartridge.CurrentBank);
    }

    [Fact]
    public void E7MapsRomSlicesThe1KRamSliceAndFour256ByteRamBanks()
    {
        byte[] image = TestImages.Patterned(16384);
        var random = new Mt19937(5);
        var reference = new Mt19937(5);
        var cartridge = new CartridgeE7(image, random);
        Assert.Equal(0, cartridge.CurrentRamBank);
        cartridge.Reset();
        for (int i = 0; i < 2048; i++)
        {
            Assert.Equal((byte)reference.Next(), cartridge.Ram[i]);
        }

        Assert.Equal(0, cartridge.CurrentBank);
        Assert.Equal(image[0x0123], cartridge.Peek(0x1123));
        Assert.Equal(image[(7 * 2048) + 0x0323], cartridge.Peek(0x1B23));

        cartridge.Peek(0x1FE3);
        Assert.Equal(image[(3 * 2048) + 0x0456], cartridge.Peek(0x1456));

        cartridge.Poke(0x1FE7, 0);
        Assert.Equal(7, cartridge.CurrentBank);
        cartridge.Poke(0x1010, 0x99);
        Assert.Equal(0x99, cartridge.Peek(0x1410));
        Assert.Equal(image[(7 * 2048) + 0x0010], cartridge.Peek(0x1010));

        for (int bank = 0; bank < 4; bank++)
        {
            cartridge.Peek((ushort)(0x1FE8 + bank));
            Assert.Equal(bank, cartridge.CurrentRamBank);
            cartridge.Poke(0x1820, (byte)(0x40 + bank));
        }

        for (int bank = 0; bank < 4; bank++)
        {
            cartridge.Poke((ushort)(0x1FE8 + bank), 0);
            Assert.Equal(0x40 + bank, cartridge.Peek(0x1920));
            Assert.Equal(image[(7 * 2048) + 0x0020], cartridge.Peek(0x1820));
        }

        Assert.Equal(image[(7 * 2048) + 0x07F0], cartridge.Peek(0x1FF0));
    }
}
