namespace SamRL.Atari.Tests.Cpu;

public class ArithmeticTests
{
    /// <summary>Binary ADC: the eight sign cases of the overflow flag (Ken Shirriff, "The 6502 overflow flag explained").</summary>
    [Theory]
    [InlineData(0x50, 0x10, 0x60, false, false)]
    [InlineData(0x50, 0x50, 0xA0, false, true)]
    [InlineData(0x50, 0x90, 0xE0, false, false)]
    [InlineData(0x50, 0xD0, 0x20, true, false)]
    [InlineData(0xD0, 0x10, 0xE0, false, false)]
    [InlineData(0xD0, 0x50, 0x20, true, false)]
    [InlineData(0xD0, 0x90, 0x60, true, true)]
    [InlineData(0xD0, 0xD0, 0xA0, true, false)]
    public void AdcBinarySetsCarryAndOverflow(int a, int operand, int result, bool carry, bool overflow)
    {
        var machine = new TestMachine();
        machine.Cpu.A = (byte)a;
        machine.Load(0x69, (byte)operand);
        machine.Step();
        AssertResult(machine, result, carry, overflow);
    }

    /// <summary>Binary SBC with carry set (no borrow): the same article's subtraction table.</summary>
    [Theory]
    [InlineData(0x50, 0xF0, 0x60, false, false)]
    [InlineData(0x50, 0xB0, 0xA0, false, true)]
    [InlineData(0x50, 0x70, 0xE0, false, false)]
    [InlineData(0x50, 0x30, 0x20, true, false)]
    [InlineData(0xD0, 0xF0, 0xE0, false, false)]
    [InlineData(0xD0, 0xB0, 0x20, true, false)]
    [InlineData(0xD0, 0x70, 0x60, true, true)]
    [InlineData(0xD0, 0x30, 0xA0, true, false)]
    public void SbcBinarySetsCarryAndOverflow(int a, int operand, int result, bool carry, bool overflow)
    {
        var machine = new TestMachine();
        machine.Cpu.A = (byte)a;
        machine.Cpu.Carry = true;
        machine.Load(0xE9, (byte)operand);
        machine.Step();
        AssertResult(machine, result, carry, overflow);
    }

    [Fact]
    public void AdcAddsTheCarryAndSbcSubtractsTheBorrow()
    {
        var machine = new TestMachine();
        machine.Cpu.A = 0xFF;
        machine.Cpu.Carry = true;
        machine.Load(0x69, 0x00);
        machine.Step();
        AssertResult(machine, 0x00, carry: true, overflow: false);
        Assert.True(machine.Cpu.Zero);

        machine.Cpu.A = 0x00;
        machine.Cpu.Carry = false;
        machine.Load(0xE9, 0x00);
        machine.Step();
        AssertResult(machine, 0xFF, carry: false, overflow: false);
        Assert.True(machine.Cpu.Negative);
    }

    /// <summary>Decimal examples from the 6502.org decimal mode tutorial (Bruce Clark).</summary>
    [Theory]
    [InlineData(0x12, 0x34, false, 0x46, false)]
    [InlineData(0x15, 0x26, false, 0x41, false)]
    [InlineData(0x81, 0x92, false, 0x73, true)]
    [InlineData(0x58, 0x46, true, 0x05, true)]
    [InlineData(0x99, 0x01, false, 0x00, true)]
    public void AdcDecimalExamples(int a, int operand, bool carryIn, int result, bool carry)
    {
        var machine = new TestMachine();
        machine.Cpu.Decimal = true;
        machine.Cpu.A = (byte)a;
        machine.Cpu.Carry = carryIn;
        machine.Load(0x69, (byte)operand);
        machine.Step();
        Assert.Equal(result, machine.Cpu.A);
        Assert.Equal(carry, machine.Cpu.Carry);
    }

    [Theory]
    [InlineData(0x46, 0x12, true, 0x34, true)]
    [InlineData(0x40, 0x13, true, 0x27, true)]
    [InlineData(0x32, 0x02, false, 0x29, true)]
    [InlineData(0x12, 0x21, true, 0x91, false)]
    [InlineData(0x21, 0x34, true, 0x87, false)]
    public void SbcDecimalExamples(int a, int operand, bool carryIn, int result, bool carry)
    {
        var machine = new TestMachine();
        machine.Cpu.Decimal = true;
        machine.Cpu.A = (byte)a;
        machine.Cpu.Carry = carryIn;
        machine.Load(0xE9, (byte)operand);
        machine.Step();
        Assert.Equal(result, machine.Cpu.A);
        Assert.Equal(carry, machine.Cpu.Carry);
    }

    /// <summary>
    /// Every pair of valid BCD operands and both carries against plain decimal arithmetic. N and Z follow the
    /// BCD result, as Stella computes them (an NMOS chip takes Z from the binary sum).
    /// </summary>
    [Fact]
    public void DecimalModeMatchesDecimalArithmeticForAllValidOperands()
    {
        var machine = new TestMachine();
        machine.Cpu.Decimal = true;
        for (int a = 0; a < 100; a++)
        {
            for (int b = 0; b < 100; b++)
            {
                for (int carryIn = 0; carryIn < 2; carryIn++)
                {
                    int sum = a + b + carryIn;
                    RunDecimal(machine, 0x69, a, b, carryIn);
                    AssertBcd(machine, sum % 100, sum > 99, $"{a}+{b}+{carryIn}");

                    int difference = a - b - (1 - carryIn);
                    RunDecimal(machine, 0xE9, a, b, carryIn);
                    AssertBcd(machine, (difference + 100) % 100, difference >= 0, $"{a}-{b}-{1 - carryIn}");
                }
            }
        }
    }

    /// <summary>
    /// Invalid BCD goes through Stella's tables: a nibble pair reads as 10 × high + low ($FF = 165), the result byte is
    /// the BCD of (value mod 100), and a difference below −100 indexes before the second table, reading the first.
    /// $FF + $FF + 1 = 331 → low byte 75 → $75 with carry. $00 − $FF − 1 = −166 → −66 → first table at 190 ($BE)
    /// → 11 × 10 + 14 = 124 = $7C, carry clear (0 &lt; 255 + 1).
    /// </summary>
    [Theory]
    [InlineData(0x69, 0xFF, 0xFF, true, 0x75, true)]
    [InlineData(0xE9, 0x00, 0xFF, false, 0x7C, false)]
    public void InvalidBcdOperandsFollowStellasTables(int opcode, int a, int operand, bool carryIn, int result, bool carry)
    {
        var machine = new TestMachine();
        machine.Cpu.Decimal = true;
        machine.Cpu.A = (byte)a;
        machine.Cpu.Carry = carryIn;
        machine.Load((byte)opcode, (byte)operand);
        machine.Step();
        Assert.Equal(result, machine.Cpu.A);
        Assert.Equal(carry, machine.Cpu.Carry);
    }

    [Theory]
    [InlineData(0x40, 0x40, true, false, true)]
    [InlineData(0x40, 0x41, false, true, false)]
    [InlineData(0x41, 0x40, false, false, true)]
    [InlineData(0x00, 0xFF, false, false, false)]
    [InlineData(0xFF, 0x00, false, true, true)]
    public void CmpCpxCpySetFlagsFromTheUnsignedDifference(int register, int operand, bool zero, bool negative, bool carry)
    {
        foreach ((byte opcode, Action<TestMachine> set) in new (byte, Action<TestMachine>)[]
                 {
                     (0xC9, m => m.Cpu.A = (byte)register),
                     (0xE0, m => m.Cpu.X = (byte)register),
                     (0xC0, m => m.Cpu.Y = (byte)register),
                 })
        {
            var machine = new TestMachine();
            set(machine);
            machine.Load(opcode, (byte)operand);
            machine.Step();
            Assert.Equal(zero, machine.Cpu.Zero);
            Assert.Equal(negative, machine.Cpu.Negative);
            Assert.Equal(carry, machine.Cpu.Carry);
        }
    }

    [Fact]
    public void BitCopiesBits7And6AndTestsTheAnd()
    {
        var machine = new TestMachine();
        machine.Poke(0x80, 0xC0);
        machine.Cpu.A = 0x3F;
        machine.Load(0x24, 0x80);
        machine.Step();
        Assert.True(machine.Cpu.Zero);
        Assert.True(machine.Cpu.Negative);
        Assert.True(machine.Cpu.Overflow);
        Assert.Equal(0x3F, machine.Cpu.A);

        machine.Poke(0x80, 0x01);
        machine.Cpu.A = 0x01;
        machine.Load(0x24, 0x80);
        machine.Step();
        Assert.False(machine.Cpu.Zero);
        Assert.False(machine.Cpu.Negative);
        Assert.False(machine.Cpu.Overflow);
    }

    private static void RunDecimal(TestMachine machine, byte opcode, int a, int b, int carryIn)
    {
        machine.Cpu.A = ToBcd(a);
        machine.Cpu.Carry = carryIn == 1;
        machine.Load(opcode, ToBcd(b));
        machine.Step();
    }

    private static void AssertBcd(TestMachine machine, int value, bool carry, string what)
    {
        Assert.True(ToBcd(value) == machine.Cpu.A, $"{what}: A = {machine.Cpu.A:X2}, expected {ToBcd(value):X2}");
        Assert.True(carry == machine.Cpu.Carry, $"{what}: carry");
        Assert.True((value == 0) == machine.Cpu.Zero, $"{what}: zero");
        Assert.True((ToBcd(value) >= 0x80) == machine.Cpu.Negative, $"{what}: negative");
    }

    private static byte ToBcd(int value) => (byte)(((value / 10) << 4) | (value % 10));

    private static void AssertResult(TestMachine machine, int result, bool carry, bool overflow)
    {
        Assert.Equal(result, machine.Cpu.A);
        Assert.Equal(carry, machine.Cpu.Carry);
        Assert.Equal(overflow, machine.Cpu.Overflow);
        Assert.Equal(result == 0, machine.Cpu.Zero);
        Assert.Equal((result & 0x80) != 0, machine.Cpu.Negative);
    }
}
