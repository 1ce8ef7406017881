namespace SamRL.Atari.Tests.Cpu;

/// <summary>
/// Every opcode that reads, writes or modifies memory, in every addressing mode: the operand comes from (and the
/// result goes to) the address the mode defines, and registers and flags match <see cref="ReferenceSemantics"/>.
/// </summary>
public class MemoryOperandTests
{
    private const int Operand = 0xA7;

    public static TheoryData<int, int, bool> MemoryOpcodes()
    {
        var data = new TheoryData<int, int, bool>();
        for (int opcode = 0; opcode < 256; opcode++)
        {
            (string mnemonic, string mode) = OpcodeMatrix.Entry(opcode);
            if (mode is "zp" or "zpx" or "zpy" or "abs" or "abx" or "aby" or "izx" or "izy" or "imm"
                && ReferenceSemantics.Apply(mnemonic, 0, 0, 0, false, 0) is not null)
            {
                foreach ((int a, bool carry) in new[] { (0x5C, true), (0xD3, false) })
                {
                    data.Add(opcode, a, carry);
                }
            }
        }

        return data;
    }

    /// <summary>
    /// LDA 8, LDX 5, LDY 5, LAX 6, ORA/AND/EOR/ADC 8 each, SBC 9 (with $EB), CMP 8, CPX 3, CPY 3, BIT 2, STA 7,
    /// STX 3, STY 3, SAX 4, ASL/LSR/ROL/ROR/INC/DEC 4 each, SLO/RLA/SRE/RRA/DCP/ISC 7 each = 164 opcodes, two cases each.
    /// </summary>
    [Fact]
    public void TheTableCoversAllMemoryOperandOpcodesOfTheseInstructions() => Assert.Equal(2 * 164, MemoryOpcodes().Count);

    [Theory]
    [MemberData(nameof(MemoryOpcodes))]
    public void OpcodeUsesTheRightAddressAndComputesTheReferenceResult(int opcode, int a, bool carry)
    {
        (string mnemonic, string mode) = OpcodeMatrix.Entry(opcode);
        const int x = 0x03, y = 0x04;
        var machine = new TestMachine();
        machine.Cpu.A = (byte)a;
        machine.Cpu.X = x;
        machine.Cpu.Y = y;
        machine.Cpu.Carry = carry;

        int effective = Prepare(machine, mode);
        machine.Poke(effective, Operand);
        byte[] operandBytes = mode switch
        {
            "imm" => [Operand],
            "abs" or "abx" or "aby" => [0x00, 0x18],
            _ => [0x90],
        };
        machine.Load([(byte)opcode, .. operandBytes]);
        machine.Step();

        ReferenceSemantics.Outcome expected = ReferenceSemantics.Apply(mnemonic, a, x, y, carry, Operand)!.Value;
        Assert.Equal(expected.A, machine.Cpu.A);
        Assert.Equal(expected.X, machine.Cpu.X);
        Assert.Equal(expected.Y, machine.Cpu.Y);
        if (mode != "imm")
        {
            Assert.Equal(expected.Written ?? Operand, machine.PeekMemory(effective));
        }

        AssertFlag(expected.N, machine.Cpu.Negative, "N");
        AssertFlag(expected.Z, machine.Cpu.Zero, "Z");
        AssertFlag(expected.C, machine.Cpu.Carry, "C", carry);
        AssertFlag(expected.V, machine.Cpu.Overflow, "V", false);
        Assert.Equal(TestMachine.ProgramStart + 1 + operandBytes.Length, machine.Cpu.PC);
    }

    /// <summary>Sets up pointers for the mode and returns the effective address the instruction must use.</summary>
    private static int Prepare(TestMachine machine, string mode)
    {
        switch (mode)
        {
            case "izx":
                machine.Poke(0x93, 0x10); // pointer at $90 + X
                machine.Poke(0x94, 0x18);
                return 0x1810;
            case "izy":
                machine.Poke(0x90, 0x10); // pointer at $90, then + Y
                machine.Poke(0x91, 0x18);
                return 0x1814;
            default:
                return mode switch
                {
                    "zp" => 0x90,
                    "zpx" => 0x93,
                    "zpy" => 0x94,
                    "abs" => 0x1800,
                    "abx" => 0x1803,
                    "aby" => 0x1804,
                    _ => 0x1F00, // immediate: an unrelated address that must stay untouched
                };
        }
    }

    private static void AssertFlag(bool? expected, bool actual, string flag, bool unchanged = false)
    {
        bool want = expected ?? unchanged;
        Assert.True(want == actual, $"flag {flag}: expected {want}, got {actual}");
    }
}
