namespace SamRL.Atari.Tests.Cpu;

/// <summary>
/// The undocumented NMOS opcodes games use, with results worked out by hand from their published definitions
/// (NESdev "Programming with unofficial opcodes", 64doc).
/// </summary>
public class UndocumentedOpcodeTests
{
    [Fact]
    public void LaxLoadsAAndX()
    {
        var machine = new TestMachine();
        machine.Poke(0x80, 0x85);
        machine.Load(0xA7, 0x80);
        machine.Step();
        Assert.Equal(0x85, machine.Cpu.A);
        Assert.Equal(0x85, machine.Cpu.X);
        Assert.True(machine.Cpu.Negative);
        Assert.False(machine.Cpu.Zero);
    }

    [Fact]
    public void SaxStoresAAndXWithoutTouchingFlags()
    {
        var machine = new TestMachine();
        machine.Cpu.A = 0xF0;
        machine.Cpu.X = 0x3C;
        machine.Cpu.Zero = true;
        machine.Load(0x87, 0x80);
        machine.Step();
        Assert.Equal(0x30, machine.PeekMemory(0x80));
        Assert.True(machine.Cpu.Zero);
    }

    [Fact]
    public void DcpDecrementsThenCompares()
    {
        var machine = new TestMachine();
        machine.Poke(0x80, 0x41);
        machine.Cpu.A = 0x40;
        machine.Load(0xC7, 0x80);
        machine.Step();
        Assert.Equal(0x40, machine.PeekMemory(0x80));
        Assert.True(machine.Cpu.Zero);
        Assert.True(machine.Cpu.Carry);
        Assert.Equal(0x40, machine.Cpu.A);
    }

    [Fact]
    public void IscIncrementsThenSubtracts()
    {
        var machine = new TestMachine();
        machine.Poke(0x80, 0x0F);
        machine.Cpu.A = 0x20;
        machine.Cpu.Carry = true;
        machine.Load(0xE7, 0x80);
        machine.Step();
        Assert.Equal(0x10, machine.PeekMemory(0x80));
        Assert.Equal(0x10, machine.Cpu.A);
        Assert.True(machine.Cpu.Carry);
    }

    [Fact]
    public void SloShiftsLeftThenOrs()
    {
        var machine = new TestMachine();
        machine.Poke(0x80, 0xC1);
        machine.Cpu.A = 0x10;
        machine.Load(0x07, 0x80);
        machine.Step();
        Assert.Equal(0x82, machine.PeekMemory(0x80));
        Assert.Equal(0x92, machine.Cpu.A);
        Assert.True(machine.Cpu.Carry);
        Assert.True(machine.Cpu.Negative);
    }

    [Fact]
    public void RlaRotatesLeftThenAnds()
    {
        var machine = new TestMachine();
        machine.Poke(0x80, 0x81);
        machine.Cpu.A = 0xFF;
        machine.Cpu.Carry = true;
        machine.Load(0x27, 0x80);
        machine.Step();
        Assert.Equal(0x03, machine.PeekMemory(0x80));
        Assert.Equal(0x03, machine.Cpu.A);
        Assert.True(machine.Cpu.Carry);
    }

    [Fact]
    public void SreShiftsRightThenExclusiveOrs()
    {
        var machine = new TestMachine();
        machine.Poke(0x80, 0x03);
        machine.Cpu.A = 0xFF;
        machine.Load(0x47, 0x80);
        machine.Step();
        Assert.Equal(0x01, machine.PeekMemory(0x80));
        Assert.Equal(0xFE, machine.Cpu.A);
        Assert.True(machine.Cpu.Carry);
        Assert.True(machine.Cpu.Negative);
    }

    [Theory]
    [InlineData(0x02, true, 0x81, 0x91, false)]
    [InlineData(0x03, false, 0x01, 0x12, false)]
    public void RraRotatesRightThenAddsWithTheRotatedOutCarry(int memory, bool carryIn, int stored, int a, bool carry)
    {
        var machine = new TestMachine();
        machine.Poke(0x80, (byte)memory);
        machine.Cpu.A = 0x10;
        machine.Cpu.Carry = carryIn;
        machine.Load(0x67, 0x80);
        machine.Step();
        Assert.Equal(stored, machine.PeekMemory(0x80));
        Assert.Equal(a, machine.Cpu.A);
        Assert.Equal(carry, machine.Cpu.Carry);
    }

    [Theory]
    [InlineData(0x0B, 0x80, 0x80, true)]
    [InlineData(0x2B, 0x0F, 0x00, false)]
    public void AncAndsAndCopiesBit7IntoCarry(int opcode, int operand, int a, bool carry)
    {
        var machine = new TestMachine();
        machine.Cpu.A = 0xF0;
        machine.Load((byte)opcode, (byte)operand);
        machine.Step();
        Assert.Equal(a, machine.Cpu.A);
        Assert.Equal(carry, machine.Cpu.Carry);
        Assert.Equal(a == 0, machine.Cpu.Zero);
    }

    [Fact]
    public void AlrAndsThenShiftsRight()
    {
        var machine = new TestMachine();
        machine.Cpu.A = 0xFF;
        machine.Load(0x4B, 0x03);
        machine.Step();
        Assert.Equal(0x01, machine.Cpu.A);
        Assert.True(machine.Cpu.Carry);
    }

    [Theory]
    [InlineData(0xC0, true, 0xE0, true, false, true)]
    [InlineData(0x80, false, 0x40, true, true, false)]
    public void ArrAndsThenRotatesRightWithCarryFromBit6AndOverflowFromBits6Xor5(
        int operand, bool carryIn, int a, bool carry, bool overflow, bool negative)
    {
        var machine = new TestMachine();
        machine.Cpu.A = 0xFF;
        machine.Cpu.Carry = carryIn;
        machine.Load(0x6B, (byte)operand);
        machine.Step();
        Assert.Equal(a, machine.Cpu.A);
        Assert.Equal(carry, machine.Cpu.Carry);
        Assert.Equal(overflow, machine.Cpu.Overflow);
        Assert.Equal(negative, machine.Cpu.Negative);
    }

    [Fact]
    public void ArrInDecimalModeAdjustsBothNibbles()
    {
        // $77 ROR → $3B; low nibble 7 + 1 > 5 → $31; high nibble $70 + $10 > $50 → $91 with carry (64doc).
        var machine = new TestMachine();
        machine.Cpu.Decimal = true;
        machine.Cpu.A = 0x77;
        machine.Load(0x6B, 0xFF);
        machine.Step();
        Assert.Equal(0x91, machine.Cpu.A);
        Assert.True(machine.Cpu.Carry);
        Assert.True(machine.Cpu.Overflow);
        Assert.False(machine.Cpu.Negative);
    }

    [Theory]
    [InlineData(0x10, 0x20, true, false)]
    [InlineData(0x40, 0xF0, false, true)]
    public void SbxSubtractsFromAAndXIntoX(int operand, int x, bool carry, bool negative)
    {
        var machine = new TestMachine();
        machine.Cpu.A = 0xF0;
        machine.Cpu.X = 0x3C;
        machine.Load(0xCB, (byte)operand);
        machine.Step();
        Assert.Equal(x, machine.Cpu.X);
        Assert.Equal(0xF0, machine.Cpu.A);
        Assert.Equal(carry, machine.Cpu.Carry);
        Assert.Equal(negative, machine.Cpu.Negative);
    }

    [Theory]
    [InlineData(0x1A, 1)]
    [InlineData(0x80, 2)]
    [InlineData(0x04, 2)]
    [InlineData(0x14, 2)]
    [InlineData(0x0C, 3)]
    [InlineData(0x1C, 3)]
    public void NopsSkipTheirOperandsAndChangeNothing(int opcode, int length)
    {
        var machine = new TestMachine();
        machine.Cpu.A = 0x12;
        machine.Cpu.X = 0x34;
        machine.Cpu.Y = 0x56;
        machine.Cpu.Status = 0xC3;
        machine.Load((byte)opcode, 0x80, 0x00);
        machine.Step();
        Assert.Equal(TestMachine.ProgramStart + length, machine.Cpu.PC);
        Assert.Equal(0x12, machine.Cpu.A);
        Assert.Equal(0x34, machine.Cpu.X);
        Assert.Equal(0x56, machine.Cpu.Y);
        Assert.Equal(0xF3, machine.Cpu.Status);
    }

    [Fact]
    public void LasAndsMemoryWithTheStackPointerIntoASpAndX()
    {
        var machine = new TestMachine();
        machine.Cpu.SP = 0xF3;
        machine.Poke(0x80, 0x3F);
        machine.Load(0xBB, 0x80, 0x00);
        machine.Step();
        Assert.Equal(0x33, machine.Cpu.A);
        Assert.Equal(0x33, machine.Cpu.X);
        Assert.Equal(0x33, machine.Cpu.SP);
    }

    [Fact]
    public void UnstableAneAndLxaFollowStellasMagicConstant()
    {
        var machine = new TestMachine();
        machine.Cpu.A = 0x01;
        machine.Cpu.X = 0xFF;
        machine.Load(0x8B, 0xFF);
        machine.Step();
        Assert.Equal(0xEF, machine.Cpu.A);

        machine.Cpu.A = 0x00;
        machine.Load(0xAB, 0x11);
        machine.Step();
        Assert.Equal(0x00, machine.Cpu.A);
        Assert.Equal(0x00, machine.Cpu.X);
        Assert.True(machine.Cpu.Zero);
    }

    [Fact]
    public void ShxShyShaTasStoreTheRegisterAndedWithHighBytePlusOne()
    {
        var machine = new TestMachine();
        machine.Cpu.X = 0xFF;
        machine.Cpu.Y = 0x00;
        machine.Cpu.A = 0xFF;
        machine.Load(0x9E, 0x00, 0x18);
        machine.Step();
        Assert.Equal(0x19, machine.PeekMemory(0x1800));

        machine.Cpu.X = 0x00;
        machine.Cpu.Y = 0xFF;
        machine.Load(0x9C, 0x01, 0x13);
        machine.Step();
        Assert.Equal(0x14, machine.PeekMemory(0x1301));

        machine.Cpu.X = 0x0F;
        machine.Cpu.Y = 0x00;
        machine.Load(0x9B, 0x02, 0x1F);
        machine.Step();
        Assert.Equal(0x0F, machine.Cpu.SP);
        Assert.Equal(0x00, machine.PeekMemory(0x1F02));
    }
}
