using SamRL.Atari.Machine;
using SamRL.Atari.Machine.Cartridges;
using SamRL.Atari.Tests.Cpu;

namespace SamRL.Atari.Tests.Cartridges;

public class CartridgeTestRomTests
{
    [Fact]
    public void F8RomCrossesBetweenBanksThroughTheHotspots()
    {
        byte[] image = TestRomFolder.Read("cart_f8.bin");
        var clock = new SystemClock();
        Cartridge cartridge = CartridgeFactory.Create(image, "cart_f8.bin", new Mt19937(1));
        var riot = new Riot(clock, new ControllerPorts(), new Mt19937(1));
        var cpu = new Cpu6507(new Bus(clock, new RecordingTia(clock), riot, cartridge));
        cartridge.Reset();
        cpu.Reset();
        cpu.Execute(40);

        Assert.Equal(CartridgeType.F8, cartridge.Type);
        Assert.Equal(0x11, riot.Ram[0]);
        Assert.Equal(0x22, riot.Ram[1]);
        Assert.Equal(0xB0, riot.Ram[2]);
        Assert.Equal(0xB1, riot.Ram[3]);
        Assert.Equal(1, cartridge.CurrentBank);
        Assert.False(cpu.Jammed);
    }
}
