namespace SamRL.Atari.Tests.Cpu;

/// <summary>Runs cpu_decimal.bin and riot_timer.bin on the CPU, bus and RIOT, and checks the results they store.</summary>
public class CpuTestRomTests
{
    [Fact]
    public void DecimalRomSumsMatchDecimalArithmetic()
    {
        int addSum = 0, subSum = 0;
        for (int a = 0; a < 100; a++)
        {
            for (int b = 0; b < 100; b++)
            {
                int sum = a + b;
                addSum += ToBcd(sum % 100) + (sum > 99 ? 256 : 0);
                int difference = a - b;
                subSum += ToBcd((difference + 100) % 100) + (difference >= 0 ? 256 : 0);
            }
        }

        TestMachine machine = RunToDone("cpu_decimal.bin");
        Assert.Equal(0x42, machine.PeekMemory(0x84));
        Assert.Equal(addSum & 0xFFFF, machine.PeekMemory(0x80) | (machine.PeekMemory(0x81) << 8));
        Assert.Equal(subSum & 0xFFFF, machine.PeekMemory(0x82) | (machine.PeekMemory(0x83) << 8));
    }

    [Fact]
    public void TimerRomSeesStellasReadBackAtAleAccessTimes()
    {
        // TIM8T = 10 written at t0. INTIM at t0+4: 10-1-⌊3/8⌋ = 9; at t0+11: 10-1-⌊10/8⌋ = 8.
        // TIMINT polls at t0+20+9k rise once ⌊(t-1-t0)/8⌋ ≥ 10, first at k = 7 (t0+83): 8 polls.
        // INTIM at t0+89: 80-88-1 = -9 ≤ -2 latches, offset 89-80 = 9, value 10-⌊88/8⌋-9 = -10 = $F6; TIMINT then 0.
        TestMachine machine = RunToDone("riot_timer.bin");
        Assert.Equal(9, machine.PeekMemory(0x80));
        Assert.Equal(8, machine.PeekMemory(0x81));
        Assert.Equal(0xF6, machine.PeekMemory(0x82));
        Assert.Equal(0x00, machine.PeekMemory(0x83));
        Assert.Equal(8, machine.PeekMemory(0x84));
    }

    private static TestMachine RunToDone(string rom)
    {
        var machine = new TestMachine();
        TestRomFolder.Read(rom).CopyTo(machine.Cartridge.Memory, 0);
        machine.Cpu.Reset();
        ushort previous = 0;
        for (int i = 0; i < 2_000_000 && machine.Cpu.PC != previous; i++)
        {
            previous = machine.Cpu.PC;
            machine.Cpu.Execute(1);
        }

        Assert.False(machine.Cpu.Jammed);
        Assert.True(machine.Cpu.PC == previous, $"{rom} did not reach its Done loop");
        return machine;
    }

    private static int ToBcd(int value) => ((value / 10) << 4) | (value % 10);
}
