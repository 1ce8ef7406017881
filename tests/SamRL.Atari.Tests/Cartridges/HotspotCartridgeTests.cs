using SamRL.Atari.Machine;
using SamRL.Atari.Machine.Cartridges;

namespace SamRL.Atari.Tests.Cartridges;

public class HotspotCartridgeTests
{
    public static TheoryData<CartridgeType, int, int, int, int> Schemes() => new()
    {
        // type, banks, first hot-spot, start bank, RAM bytes
        { CartridgeType.F8, 2, 0x1FF8, 1, 0 },
        { CartridgeType.F8Swapped, 2, 0x1FF8, 0, 0 },
        { CartridgeType.F8SC, 2, 0x1FF8, 1, 128 },
        { CartridgeType.F6, 4, 0x1FF6, 0, 0 },
        { CartridgeType.F6SC, 4, 0x1FF6, 0, 128 },
        { CartridgeType.F4, 8, 0x1FF4, 0, 0 },
        { CartridgeType.F4SC, 8, 0x1FF4, 0, 128 },
        { CartridgeType.FA, 3, 0x1FF8, 2, 256 },
    };

    [Theory]
    [MemberData(nameof(Schemes))]
    public void ResetSelectsTheStartBank(CartridgeType type, int banks, int firstHotspot, int startBank, int ramSize)
    {
        byte[] image = TestImages.Patterned(banks * 4096);
        Cartridge cartridge = CartridgeFactory.Create(image, "test.bin", new Mt19937(1), type);
        cartridge.Peek((ushort)firstHotspot);
        cartridge.Reset();
        Assert.Equal(startBank, cartridge.CurrentBank);
        Assert.Equal(image[(startBank * 4096) + 0x0800], cartridge.Peek(0x1800));
        Assert.Equal(type, cartridge.Type);
        Assert.Equal(ramSize, ((HotspotCartridge)cartridge).Ram.Length);
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void EveryHotspotSelectsItsBankOnReadAndOnWriteThroughAnyMirror(
        CartridgeType type, int banks, int firstHotspot, int startBank, int ramSize)
    {
        byte[] image = TestImages.Patterned(banks * 4096);
        Cartridge cartridge = CartridgeFactory.Create(image, "test.bin", new Mt19937(1), type);
        cartridge.Reset();
        Assert.Equal(startBank, cartridge.CurrentBank);
        Assert.Equal(ramSize, ((HotspotCartridge)cartridge).Ram.Length);
        for (int bank = banks - 1; bank >= 0; bank--)
        {
            ushort hotspot = (ushort)(firstHotspot + bank);
            byte read = cartridge.Peek(hotspot);
            Assert.Equal(bank, cartridge.CurrentBank);
            Assert.Equal(image[(bank * 4096) + (hotspot & 0x0FFF)], read);
            Assert.Equal(image[(bank * 4096) + 0x0ABC], cartridge.Peek(0xFABC));
        }

        for (int bank = 0; bank < banks; bank++)
        {
            cartridge.Poke((ushort)(0xF000 | ((firstHotspot + bank) & 0x0FFF)), 0);
            Assert.Equal(bank, cartridge.CurrentBank);
        }

        int before = cartridge.CurrentBank;
        cartridge.Peek((ushort)(firstHotspot + banks));
        cartridge.Peek((ushort)(firstHotspot - 1));
        Assert.Equal(before, cartridge.CurrentBank);
    }

    [Theory]
    [InlineData(CartridgeType.F8SC, 2)]
    [InlineData(CartridgeType.F6SC, 4)]
    [InlineData(CartridgeType.F4SC, 8)]
    [InlineData(CartridgeType.FA, 3)]
    public void SuperchipRamHasAWritePortThenAReadPort(CartridgeType type, int banks)
    {
        byte[] image = TestImages.Patterned(banks * 4096);
        var cartridge = (HotspotCartridge)CartridgeFactory.Create(image, "test.bin", new Mt19937(1), type);
        cartridge.Reset();
        int size = cartridge.Ram.Length;
        for (int i = 0; i < size; i++)
        {
            cartridge.Poke((ushort)(0x1000 + i), (byte)(i ^ 0xA5));
        }

        int bankOffset = cartridge.CurrentBank * 4096;
        for (int i = 0; i < size; i++)
        {
            Assert.Equal((byte)(i ^ 0xA5), cartridge.Peek((ushort)(0x1000 + size + i)));
            Assert.Equal(image[bankOffset + i], cartridge.Peek((ushort)(0x1000 + i)));
        }

        cartridge.Poke((ushort)(0x1000 + size), 0x00);
        Assert.Equal(0xA5, cartridge.Peek((ushort)(0x1000 + size)));
        Assert.Equal(image[bankOffset + (2 * size)], cartridge.Peek((ushort)(0x1000 + (2 * size))));
    }

    [Fact]
    public void SuperchipRamIsRefilledFromTheSystemRandomAtEveryReset()
    {
        var random = new Mt19937(Mt19937.AleSystemSeed);
        var reference = new Mt19937(Mt19937.AleSystemSeed);
        var cartridge = new CartridgeF8SC(TestImages.Patterned(8192), random);
        for (int reset = 0; reset < 2; reset++)
        {
            cartridge.Reset();
            for (int i = 0; i < 128; i++)
            {
                Assert.Equal((byte)reference.Next(), cartridge.Peek((ushort)(0x1080 + i)));
            }
        }
    }
}
