using SamRL.Atari.Machine;
using SamRL.Atari.Machine.Cartridges;

namespace SamRL.Atari.Tests.Cpu;

/// <summary>Garbage programs on every cartridge scheme run without exceptions (only the jam halt); running does not allocate.</summary>
public class RandomProgramTests
{
    public static TheoryData<CartridgeType, int> Schemes() => new()
    {
        { CartridgeType.TwoK, 2048 },
        { CartridgeType.FourK, 4096 },
        { CartridgeType.F8, 8192 },
        { CartridgeType.F8SC, 8192 },
        { CartridgeType.F6, 16384 },
        { CartridgeType.F6SC, 16384 },
        { CartridgeType.F4, 32768 },
        { CartridgeType.F4SC, 32768 },
        { CartridgeType.E0, 8192 },
        { CartridgeType.FE, 8192 },
        { CartridgeType.ThreeF, 16384 },
        { CartridgeType.E7, 16384 },
        { CartridgeType.FA, 12288 },
    };

    [Theory]
    [MemberData(nameof(Schemes))]
    public void RandomBytesRunUntilTheyJamOrTheBudgetEnds(CartridgeType type, int size)
    {
        var random = new Random(size + (int)type);
        for (int trial = 0; trial < 20; trial++)
        {
            byte[] image = new byte[size];
            random.NextBytes(image);
            (Cpu6507 cpu, SystemClock clock) = Build(image, type);
            int executed = cpu.Execute(20_000);
            Assert.True(cpu.Jammed || executed == 20_000);
            Assert.True(clock.Cycles >= 2L * executed);
        }
    }

    [Fact]
    public void ExecuteDoesNotAllocate()
    {
        (Cpu6507 cpu, _) = Build(TestRomFolder.Read("cpu_decimal.bin"), CartridgeType.FourK);
        cpu.Execute(10_000);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int executed = cpu.Execute(200_000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(200_000, executed);
        Assert.Equal(0, allocated);
    }

    private static (Cpu6507 Cpu, SystemClock Clock) Build(byte[] image, CartridgeType type)
    {
        var clock = new SystemClock();
        var random = new Mt19937(Mt19937.AleSystemSeed);
        Cartridge cartridge = CartridgeFactory.Create(image, "random.bin", random, type);
        var riot = new Riot(clock, new ControllerPorts(), random);
        var cpu = new Cpu6507(new Bus(clock, new SilentTia(), riot, cartridge));
        riot.Reset();
        cartridge.Reset();
        cpu.Reset();
        return (cpu, clock);
    }

    private sealed class SilentTia : IBusDevice
    {
        public byte Peek(ushort address) => (byte)address;

        public void Poke(ushort address, byte value)
        {
        }
    }
}
