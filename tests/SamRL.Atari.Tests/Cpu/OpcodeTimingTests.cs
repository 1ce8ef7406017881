namespace SamRL.Atari.Tests.Cpu;

public class OpcodeTimingTests
{
    /// <summary>Stella 2.4.2's table (and so ALE) counts LAX zp ($A7) as 4 cycles; the NMOS chip takes 3.</summary>
    private const int StellaLaxZeroPageCycles = 4;

    public static TheoryData<int> AllOpcodes()
    {
        var data = new TheoryData<int>();
        for (int opcode = 0; opcode < 256; opcode++)
        {
            data.Add(opcode);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllOpcodes))]
    public void EveryOpcodeTakesItsDocumentedCyclesOrJams(int opcode)
    {
        var machine = new TestMachine();
        machine.Poke(0x80, 0x90);
        machine.Poke(0x81, 0x00);
        machine.Load((byte)opcode, 0x80, 0x00);
        (string mnemonic, string mode) = OpcodeMatrix.Entry(opcode);

        long cycles = machine.Step();

        if (mnemonic == "JAM")
        {
            Assert.True(machine.Cpu.Jammed);
            Assert.Equal(opcode, machine.Cpu.JamOpcode);
            Assert.Equal(TestMachine.ProgramStart, machine.Cpu.JamAddress);
            Assert.Equal(2, cycles);
            return;
        }

        Assert.False(machine.Cpu.Jammed);
        int expected = opcode == 0xA7 ? StellaLaxZeroPageCycles : OpcodeMatrix.BaseCycles(opcode);
        if (mode == "rel" && BranchTakenWithClearFlags(mnemonic))
        {
            // Taken from $F002 by -128 lands on page $EF: one cycle for taking, one for the page change.
            expected += 2;
        }

        Assert.Equal(expected, cycles);
    }

    private static bool BranchTakenWithClearFlags(string mnemonic) => mnemonic is "BPL" or "BVC" or "BCC" or "BNE";

    [Theory]
    [InlineData(0xBD, "LDA abs,X")]
    [InlineData(0xB9, "LDA abs,Y")]
    [InlineData(0x1C, "NOP abs,X")]
    [InlineData(0xBF, "LAX abs,Y")]
    [InlineData(0xBB, "LAS abs,Y")]
    public void IndexedReadsCrossingAPageTakeOneMoreCycle(int opcode, string name)
    {
        var machine = new TestMachine();
        machine.Cpu.X = 0x10;
        machine.Cpu.Y = 0x10;
        machine.Load((byte)opcode, 0xF8, 0xF0);
        Assert.True(machine.Step() == 5, name);

        machine.Load((byte)opcode, 0x08, 0xF0);
        Assert.True(machine.Step() == 4, name);
    }

    [Fact]
    public void IndirectIndexedReadCrossingAPageTakesOneMoreCycle()
    {
        var machine = new TestMachine();
        machine.Poke(0x80, 0xF8);
        machine.Poke(0x81, 0xF0);
        machine.Cpu.Y = 0x10;
        machine.Load(0xB1, 0x80);
        Assert.Equal(6, machine.Step());
    }

    [Theory]
    [InlineData(0x9D)]
    [InlineData(0x99)]
    [InlineData(0x1E)]
    [InlineData(0xDB)]
    public void IndexedWritesAndReadModifyWritesNeverAddAPageCycle(int opcode)
    {
        var machine = new TestMachine();
        machine.Cpu.X = 0x10;
        machine.Cpu.Y = 0x10;
        machine.Load((byte)opcode, 0xF8, 0xF0);
        Assert.Equal(OpcodeMatrix.BaseCycles(opcode), machine.Step());
    }

    [Fact]
    public void BranchCostsTwoNotTakenThreeTakenFourAcrossAPage()
    {
        var machine = new TestMachine();
        machine.Cpu.Zero = false;
        machine.Load(0xF0, 0x10);
        Assert.Equal(2, machine.Step());
        Assert.Equal(0xF002, machine.Cpu.PC);

        machine.Cpu.Zero = true;
        machine.Load(0xF0, 0x10);
        Assert.Equal(3, machine.Step());
        Assert.Equal(0xF012, machine.Cpu.PC);

        machine.LoadAt(0xF0F0, 0xF0, 0x20);
        Assert.Equal(4, machine.Step());
        Assert.Equal(0xF112, machine.Cpu.PC);

        machine.LoadAt(0xF005, 0xF0, 0xF9);
        Assert.Equal(3, machine.Step());
        Assert.Equal(0xF000, machine.Cpu.PC);
    }
}
