namespace SamRL.Atari.Tests.Cpu;

public class InstructionTests
{
    [Theory]
    [InlineData(0xA9, 0x00, true, false)]
    [InlineData(0xA9, 0x80, false, true)]
    [InlineData(0xA2, 0x7F, false, false)]
    [InlineData(0xA0, 0xFF, false, true)]
    public void ImmediateLoadsSetZeroAndNegative(int opcode, int value, bool zero, bool negative)
    {
        var machine = new TestMachine();
        machine.Load((byte)opcode, (byte)value);
        machine.Step();
        byte loaded = opcode switch { 0xA9 => machine.Cpu.A, 0xA2 => machine.Cpu.X, _ => machine.Cpu.Y };
        Assert.Equal(value, loaded);
        Assert.Equal(zero, machine.Cpu.Zero);
        Assert.Equal(negative, machine.Cpu.Negative);
    }

    [Fact]
    public void AddressingModesReachTheDocumentedAddresses()
    {
        var machine = new TestMachine();
        machine.Poke(0x1234, 0x11);
        machine.Poke(0x1244, 0x22);
        machine.Poke(0x85, 0x33);
        machine.Poke(0xA0, 0x34);
        machine.Poke(0xA1, 0x12);
        machine.Poke(0x90, 0x30);
        machine.Poke(0x91, 0x12);
        machine.Poke(0x1240, 0x44);
        machine.Cpu.X = 0x10;
        machine.Cpu.Y = 0x10;

        (byte[] Program, int Expected)[] cases =
        [
            ([0xAD, 0x34, 0x12], 0x11), // LDA abs
            ([0xBD, 0x34, 0x12], 0x22), // LDA abs,X
            ([0xB9, 0x34, 0x12], 0x22), // LDA abs,Y
            ([0xB5, 0x75], 0x33),       // LDA zp,X
            ([0xA1, 0x90], 0x11),       // LDA (zp,X): pointer at $A0 → $1234
            ([0xB1, 0x90], 0x44),       // LDA (zp),Y: $1230 + $10
        ];

        foreach ((byte[] program, int expected) in cases)
        {
            machine.Load(program);
            machine.Step();
            Assert.Equal(expected, machine.Cpu.A);
        }
    }

    [Fact]
    public void ZeroPageIndexingWrapsWithinTheZeroPage()
    {
        var machine = new TestMachine();
        machine.Poke(0x80, 0x99);
        machine.Cpu.X = 0x81;
        machine.Load(0xB5, 0xFF); // $FF + $81 = $180 → wraps to $80
        machine.Step();
        Assert.Equal(0x99, machine.Cpu.A);
    }

    [Fact]
    public void StoresWriteTheRegisters()
    {
        var machine = new TestMachine();
        machine.Cpu.A = 0x11;
        machine.Cpu.X = 0x22;
        machine.Cpu.Y = 0x33;
        machine.Load(0x85, 0x80);
        machine.Step();
        machine.Load(0x8E, 0x81, 0x00);
        machine.Step();
        machine.Load(0x8C, 0x00, 0x15);
        machine.Step();
        Assert.Equal(0x11, machine.PeekMemory(0x80));
        Assert.Equal(0x22, machine.PeekMemory(0x81));
        Assert.Equal(0x33, machine.PeekMemory(0x1500));
    }

    [Theory]
    [InlineData(0x0A, 0x81, false, 0x02, true)]  // ASL A
    [InlineData(0x4A, 0x81, false, 0x40, true)]  // LSR A
    [InlineData(0x2A, 0x80, true, 0x01, true)]   // ROL A
    [InlineData(0x6A, 0x01, true, 0x80, true)]   // ROR A
    [InlineData(0x6A, 0x02, false, 0x01, false)] // ROR A
    public void AccumulatorShiftsAndRotates(int opcode, int a, bool carryIn, int result, bool carry)
    {
        var machine = new TestMachine();
        machine.Cpu.A = (byte)a;
        machine.Cpu.Carry = carryIn;
        machine.Load((byte)opcode);
        machine.Step();
        Assert.Equal(result, machine.Cpu.A);
        Assert.Equal(carry, machine.Cpu.Carry);
    }

    [Theory]
    [InlineData(0x06, 0x40, 0x80)] // ASL
    [InlineData(0x46, 0x40, 0x20)] // LSR
    [InlineData(0x26, 0x40, 0x80)] // ROL, carry clear
    [InlineData(0x66, 0x40, 0x20)] // ROR, carry clear
    [InlineData(0xE6, 0xFF, 0x00)] // INC
    [InlineData(0xC6, 0x00, 0xFF)] // DEC
    public void ReadModifyWriteUpdatesMemory(int opcode, int before, int after)
    {
        var machine = new TestMachine();
        machine.Poke(0x80, (byte)before);
        machine.Load((byte)opcode, 0x80);
        machine.Step();
        Assert.Equal(after, machine.PeekMemory(0x80));
        Assert.Equal(after == 0, machine.Cpu.Zero);
        Assert.Equal(after >= 0x80, machine.Cpu.Negative);
    }

    [Fact]
    public void RegisterIncrementsAndTransfers()
    {
        var machine = new TestMachine();
        machine.Cpu.X = 0xFF;
        machine.Load(0xE8); // INX
        machine.Step();
        Assert.Equal(0, machine.Cpu.X);
        Assert.True(machine.Cpu.Zero);

        machine.Cpu.Y = 0x00;
        machine.Load(0x88); // DEY
        machine.Step();
        Assert.Equal(0xFF, machine.Cpu.Y);
        Assert.True(machine.Cpu.Negative);

        machine.Cpu.A = 0x42;
        machine.Load(0xAA, 0xA8); // TAX, TAY
        machine.Step();
        machine.Step();
        Assert.Equal(0x42, machine.Cpu.X);
        Assert.Equal(0x42, machine.Cpu.Y);

        machine.Cpu.X = 0x80;
        machine.Cpu.Zero = true;
        machine.Load(0x9A); // TXS changes no flag
        machine.Step();
        Assert.Equal(0x80, machine.Cpu.SP);
        Assert.True(machine.Cpu.Zero);

        machine.Load(0xBA); // TSX sets flags
        machine.Step();
        Assert.True(machine.Cpu.Negative);
        Assert.False(machine.Cpu.Zero);
    }

    [Fact]
    public void FlagInstructionsSetAndClearTheirFlag()
    {
        var machine = new TestMachine();
        machine.Load(0x38, 0xF8, 0x78); // SEC SED SEI
        machine.Step();
        machine.Step();
        machine.Step();
        Assert.Equal(0x3D, machine.Cpu.Status);

        machine.Cpu.Overflow = true;
        machine.Load(0x18, 0xD8, 0x58, 0xB8); // CLC CLD CLI CLV
        for (int i = 0; i < 4; i++)
        {
            machine.Step();
        }

        Assert.Equal(0x30, machine.Cpu.Status);
    }

    [Fact]
    public void PushAndPullUseTheStackPageAndPhpSetsBreakAndBit5()
    {
        var machine = new TestMachine();
        machine.Cpu.A = 0x5A;
        machine.Cpu.Carry = true;
        machine.Load(0x48, 0x08, 0xA9, 0x00, 0x28, 0x68); // PHA PHP LDA #0 PLP PLA
        machine.Step();
        machine.Step();
        Assert.Equal(0x5A, machine.PeekMemory(0x1FF));
        Assert.Equal(0x31, machine.PeekMemory(0x1FE));
        Assert.Equal(0xFD, machine.Cpu.SP);

        machine.Step();
        Assert.True(machine.Cpu.Zero);
        machine.Step();
        Assert.True(machine.Cpu.Carry);
        Assert.False(machine.Cpu.Zero);
        machine.Step();
        Assert.Equal(0x5A, machine.Cpu.A);
        Assert.Equal(0xFF, machine.Cpu.SP);
    }

    [Fact]
    public void JsrPushesTheReturnAddressMinusOneAndRtsComesBack()
    {
        var machine = new TestMachine();
        machine.LoadAt(0xF200, 0x60); // RTS
        machine.Load(0x20, 0x00, 0xF2);
        Assert.Equal(6, machine.Step());
        Assert.Equal(0xF200, machine.Cpu.PC);
        Assert.Equal(0xF0, machine.PeekMemory(0x1FF));
        Assert.Equal(0x02, machine.PeekMemory(0x1FE));
        Assert.Equal(0xFD, machine.Cpu.SP);

        Assert.Equal(6, machine.Step());
        Assert.Equal(0xF003, machine.Cpu.PC);
        Assert.Equal(0xFF, machine.Cpu.SP);
    }

    [Fact]
    public void BrkPushesPcPlusTwoAndStatusAndRtiRestoresThem()
    {
        var machine = new TestMachine();
        machine.Poke(0xFFFE, 0x00);
        machine.Poke(0xFFFF, 0xF3);
        machine.LoadAt(0xF300, 0x40); // RTI
        machine.Cpu.Carry = true;
        machine.Load(0x00, 0xEA);
        machine.Step();
        Assert.Equal(0xF300, machine.Cpu.PC);
        Assert.True(machine.Cpu.InterruptDisable);
        Assert.Equal(0xF0, machine.PeekMemory(0x1FF));
        Assert.Equal(0x02, machine.PeekMemory(0x1FE));
        Assert.Equal(0x31, machine.PeekMemory(0x1FD));

        machine.Step();
        Assert.Equal(0xF002, machine.Cpu.PC);
        Assert.False(machine.Cpu.InterruptDisable);
        Assert.True(machine.Cpu.Carry);
        Assert.Equal(0xFF, machine.Cpu.SP);
    }

    [Fact]
    public void JmpIndirectTakesTheHighByteFromTheSamePage()
    {
        var machine = new TestMachine();
        machine.Poke(0x17FF, 0x34);
        machine.Poke(0x1800, 0x99);
        machine.Poke(0x1700, 0xF2);
        machine.Load(0x6C, 0xFF, 0x17);
        machine.Step();
        Assert.Equal(0xF234, machine.Cpu.PC);
    }

    [Fact]
    public void StackPointerWrapsAroundThePage()
    {
        var machine = new TestMachine();
        machine.Cpu.SP = 0x00;
        machine.Cpu.A = 0x77;
        machine.Load(0x48); // PHA at $0100 → TIA space, SP wraps to $FF
        machine.Step();
        Assert.Equal(0xFF, machine.Cpu.SP);
        Assert.Equal((ushort)0x0100, machine.Tia.Writes[^1].Address);
    }
}
