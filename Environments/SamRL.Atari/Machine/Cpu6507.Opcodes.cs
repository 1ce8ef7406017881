using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SamRL.Atari.Machine;

/// <summary>
/// The opcode decoder: one case per opcode of the NMOS table, as Stella 2.4.2 maps them, one method per
/// row (high nibble) of the opcode matrix. Undocumented opcodes use their NESdev names in the helpers
/// (SLO, RLA, SRE, RRA, DCP, ISB, SBX, ARR); the twelve $x2 opcodes without a case jam.
/// </summary>
public sealed partial class Cpu6507
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ExecuteOne()
    {
        ushort opcodeAddress = PC;
        byte opcode = Read(PC++);
        _clock.Cycles += Unsafe.Add(ref MemoryMarshal.GetReference(BaseCycles), opcode); // 256 entries: no bounds check per instruction

        // Two-level dispatch keeps each decoder method small enough for the JIT to inline every access.
        switch (opcode >> 4)
        {
            case 0x0: ExecuteRow0(opcode, opcodeAddress); break;
            case 0x1: ExecuteRow1(opcode, opcodeAddress); break;
            case 0x2: ExecuteRow2(opcode, opcodeAddress); break;
            case 0x3: ExecuteRow3(opcode, opcodeAddress); break;
            case 0x4: ExecuteRow4(opcode, opcodeAddress); break;
            case 0x5: ExecuteRow5(opcode, opcodeAddress); break;
            case 0x6: ExecuteRow6(opcode, opcodeAddress); break;
            case 0x7: ExecuteRow7(opcode, opcodeAddress); break;
            case 0x8: ExecuteRow8(opcode, opcodeAddress); break;
            case 0x9: ExecuteRow9(opcode, opcodeAddress); break;
            case 0xA: ExecuteRowA(opcode, opcodeAddress); break;
            case 0xB: ExecuteRowB(opcode, opcodeAddress); break;
            case 0xC: ExecuteRowC(opcode, opcodeAddress); break;
            case 0xD: ExecuteRowD(opcode, opcodeAddress); break;
            case 0xE: ExecuteRowE(opcode, opcodeAddress); break;
            case 0xF: ExecuteRowF(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRow0(byte opcode, ushort opcodeAddress)
    {
        int address;
        switch (opcode)
        {
            case 0x00: Break(); break;
            case 0x01: A = Nz((byte)(A | Read(IndirectX()))); break;
            case 0x03: address = IndirectX(); Slo(address); break;
            case 0x04: Read(ZeroPage()); break;
            case 0x05: A = Nz((byte)(A | Read(ZeroPage()))); break;
            case 0x06: address = ZeroPage(); Write(address, Asl(Read(address))); break;
            case 0x07: address = ZeroPage(); Slo(address); break;
            case 0x08: Push(Status); break;
            case 0x09: A = Nz((byte)(A | Immediate())); break;
            case 0x0A: A = Asl(A); break;
            case 0x0B: A = Nz((byte)(A & Immediate())); Carry = Negative; break;
            case 0x0C: Read(Absolute()); break;
            case 0x0D: A = Nz((byte)(A | Read(Absolute()))); break;
            case 0x0E: address = Absolute(); Write(address, Asl(Read(address))); break;
            case 0x0F: address = Absolute(); Slo(address); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRow1(byte opcode, ushort opcodeAddress)
    {
        int address;
        switch (opcode)
        {
            case 0x10: Branch(!Negative); break;
            case 0x11: A = Nz((byte)(A | Read(IndirectYRead()))); break;
            case 0x13: address = IndirectY(); Slo(address); break;
            case 0x14: Read(ZeroPageX()); break;
            case 0x15: A = Nz((byte)(A | Read(ZeroPageX()))); break;
            case 0x16: address = ZeroPageX(); Write(address, Asl(Read(address))); break;
            case 0x17: address = ZeroPageX(); Slo(address); break;
            case 0x18: Carry = false; break;
            case 0x19: A = Nz((byte)(A | Read(AbsoluteYRead()))); break;
            case 0x1A: break;
            case 0x1B: address = AbsoluteY(); Slo(address); break;
            case 0x1C: Read(AbsoluteXRead()); break;
            case 0x1D: A = Nz((byte)(A | Read(AbsoluteXRead()))); break;
            case 0x1E: address = AbsoluteX(); Write(address, Asl(Read(address))); break;
            case 0x1F: address = AbsoluteX(); Slo(address); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRow2(byte opcode, ushort opcodeAddress)
    {
        int address;
        switch (opcode)
        {
            case 0x20: JumpToSubroutine(); break;
            case 0x21: A = Nz((byte)(A & Read(IndirectX()))); break;
            case 0x23: address = IndirectX(); Rla(address); break;
            case 0x24: Bit(Read(ZeroPage())); break;
            case 0x25: A = Nz((byte)(A & Read(ZeroPage()))); break;
            case 0x26: address = ZeroPage(); Write(address, Rol(Read(address))); break;
            case 0x27: address = ZeroPage(); Rla(address); break;
            case 0x28: Read(0x0100 + SP++); Status = Read(0x0100 + SP); break;
            case 0x29: A = Nz((byte)(A & Immediate())); break;
            case 0x2A: A = Rol(A); break;
            case 0x2B: A = Nz((byte)(A & Immediate())); Carry = Negative; break;
            case 0x2C: Bit(Read(Absolute())); break;
            case 0x2D: A = Nz((byte)(A & Read(Absolute()))); break;
            case 0x2E: address = Absolute(); Write(address, Rol(Read(address))); break;
            case 0x2F: address = Absolute(); Rla(address); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRow3(byte opcode, ushort opcodeAddress)
    {
        int address;
        switch (opcode)
        {
            case 0x30: Branch(Negative); break;
            case 0x31: A = Nz((byte)(A & Read(IndirectYRead()))); break;
            case 0x33: address = IndirectY(); Rla(address); break;
            case 0x34: Read(ZeroPageX()); break;
            case 0x35: A = Nz((byte)(A & Read(ZeroPageX()))); break;
            case 0x36: address = ZeroPageX(); Write(address, Rol(Read(address))); break;
            case 0x37: address = ZeroPageX(); Rla(address); break;
            case 0x38: Carry = true; break;
            case 0x39: A = Nz((byte)(A & Read(AbsoluteYRead()))); break;
            case 0x3A: break;
            case 0x3B: address = AbsoluteY(); Rla(address); break;
            case 0x3C: Read(AbsoluteXRead()); break;
            case 0x3D: A = Nz((byte)(A & Read(AbsoluteXRead()))); break;
            case 0x3E: address = AbsoluteX(); Write(address, Rol(Read(address))); break;
            case 0x3F: address = AbsoluteX(); Rla(address); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRow4(byte opcode, ushort opcodeAddress)
    {
        int address;
        byte value;
        switch (opcode)
        {
            case 0x40: ReturnFromInterrupt(); break;
            case 0x41: A = Nz((byte)(A ^ Read(IndirectX()))); break;
            case 0x43: address = IndirectX(); Sre(address); break;
            case 0x44: Read(ZeroPage()); break;
            case 0x45: A = Nz((byte)(A ^ Read(ZeroPage()))); break;
            case 0x46: address = ZeroPage(); Write(address, Lsr(Read(address))); break;
            case 0x47: address = ZeroPage(); Sre(address); break;
            case 0x48: Push(A); break;
            case 0x49: A = Nz((byte)(A ^ Immediate())); break;
            case 0x4A: A = Lsr(A); break;
            case 0x4B: value = (byte)(A & Immediate()); Carry = (value & 0x01) != 0; A = Nz((byte)(value >> 1)); break;
            case 0x4C: PC = (ushort)Absolute(); break;
            case 0x4D: A = Nz((byte)(A ^ Read(Absolute()))); break;
            case 0x4E: address = Absolute(); Write(address, Lsr(Read(address))); break;
            case 0x4F: address = Absolute(); Sre(address); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRow5(byte opcode, ushort opcodeAddress)
    {
        int address;
        switch (opcode)
        {
            case 0x50: Branch(!Overflow); break;
            case 0x51: A = Nz((byte)(A ^ Read(IndirectYRead()))); break;
            case 0x53: address = IndirectY(); Sre(address); break;
            case 0x54: Read(ZeroPageX()); break;
            case 0x55: A = Nz((byte)(A ^ Read(ZeroPageX()))); break;
            case 0x56: address = ZeroPageX(); Write(address, Lsr(Read(address))); break;
            case 0x57: address = ZeroPageX(); Sre(address); break;
            case 0x58: InterruptDisable = false; break;
            case 0x59: A = Nz((byte)(A ^ Read(AbsoluteYRead()))); break;
            case 0x5A: break;
            case 0x5B: address = AbsoluteY(); Sre(address); break;
            case 0x5C: Read(AbsoluteXRead()); break;
            case 0x5D: A = Nz((byte)(A ^ Read(AbsoluteXRead()))); break;
            case 0x5E: address = AbsoluteX(); Write(address, Lsr(Read(address))); break;
            case 0x5F: address = AbsoluteX(); Sre(address); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRow6(byte opcode, ushort opcodeAddress)
    {
        int address;
        switch (opcode)
        {
            case 0x60: ReturnFromSubroutine(); break;
            case 0x61: Adc(Read(IndirectX())); break;
            case 0x63: address = IndirectX(); Rra(address); break;
            case 0x64: Read(ZeroPage()); break;
            case 0x65: Adc(Read(ZeroPage())); break;
            case 0x66: address = ZeroPage(); Write(address, Ror(Read(address))); break;
            case 0x67: address = ZeroPage(); Rra(address); break;
            case 0x68: Read(0x0100 + SP++); A = Nz(Read(0x0100 + SP)); break;
            case 0x69: Adc(Immediate()); break;
            case 0x6A: A = Ror(A); break;
            case 0x6B: Arr(Immediate()); break;
            case 0x6C: PC = (ushort)Indirect(); break;
            case 0x6D: Adc(Read(Absolute())); break;
            case 0x6E: address = Absolute(); Write(address, Ror(Read(address))); break;
            case 0x6F: address = Absolute(); Rra(address); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRow7(byte opcode, ushort opcodeAddress)
    {
        int address;
        switch (opcode)
        {
            case 0x70: Branch(Overflow); break;
            case 0x71: Adc(Read(IndirectYRead())); break;
            case 0x73: address = IndirectY(); Rra(address); break;
            case 0x74: Read(ZeroPageX()); break;
            case 0x75: Adc(Read(ZeroPageX())); break;
            case 0x76: address = ZeroPageX(); Write(address, Ror(Read(address))); break;
            case 0x77: address = ZeroPageX(); Rra(address); break;
            case 0x78: InterruptDisable = true; break;
            case 0x79: Adc(Read(AbsoluteYRead())); break;
            case 0x7A: break;
            case 0x7B: address = AbsoluteY(); Rra(address); break;
            case 0x7C: Read(AbsoluteXRead()); break;
            case 0x7D: Adc(Read(AbsoluteXRead())); break;
            case 0x7E: address = AbsoluteX(); Write(address, Ror(Read(address))); break;
            case 0x7F: address = AbsoluteX(); Rra(address); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRow8(byte opcode, ushort opcodeAddress)
    {
        switch (opcode)
        {
            case 0x80: case 0x82: case 0x89: Immediate(); break;
            case 0x81: Write(IndirectX(), A); break;
            case 0x83: Write(IndirectX(), (byte)(A & X)); break;
            case 0x84: Write(ZeroPage(), Y); break;
            case 0x85: Write(ZeroPage(), A); break;
            case 0x86: Write(ZeroPage(), X); break;
            case 0x87: Write(ZeroPage(), (byte)(A & X)); break;
            case 0x88: Y = Decrement(Y); break;
            case 0x8A: A = Nz(X); break;
            case 0x8B: A = Nz((byte)((A | 0xEE) & X & Immediate())); break;
            case 0x8C: Write(Absolute(), Y); break;
            case 0x8D: Write(Absolute(), A); break;
            case 0x8E: Write(Absolute(), X); break;
            case 0x8F: Write(Absolute(), (byte)(A & X)); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRow9(byte opcode, ushort opcodeAddress)
    {
        int address;
        switch (opcode)
        {
            case 0x90: Branch(!Carry); break;
            case 0x91: Write(IndirectY(), A); break;
            case 0x93: address = IndirectY(); Write(address, AndHighPlusOne(A & X, address)); break;
            case 0x94: Write(ZeroPageX(), Y); break;
            case 0x95: Write(ZeroPageX(), A); break;
            case 0x96: Write(ZeroPageY(), X); break;
            case 0x97: Write(ZeroPageY(), (byte)(A & X)); break;
            case 0x98: A = Nz(Y); break;
            case 0x99: Write(AbsoluteY(), A); break;
            case 0x9A: SP = X; break;
            case 0x9B: address = AbsoluteY(); SP = (byte)(A & X); Write(address, AndHighPlusOne(A & X, address)); break;
            case 0x9C: address = AbsoluteX(); Write(address, AndHighPlusOne(Y, address)); break;
            case 0x9D: Write(AbsoluteX(), A); break;
            case 0x9E: address = AbsoluteY(); Write(address, AndHighPlusOne(X, address)); break;
            case 0x9F: address = AbsoluteY(); Write(address, AndHighPlusOne(A & X, address)); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRowA(byte opcode, ushort opcodeAddress)
    {
        byte value;
        switch (opcode)
        {
            case 0xA0: Y = Nz(Immediate()); break;
            case 0xA1: A = Nz(Read(IndirectX())); break;
            case 0xA2: X = Nz(Immediate()); break;
            case 0xA3: value = Read(IndirectX()); A = X = value; SetNZ(value); break;
            case 0xA4: Y = Nz(Read(ZeroPage())); break;
            case 0xA5: A = Nz(Read(ZeroPage())); break;
            case 0xA6: X = Nz(Read(ZeroPage())); break;
            case 0xA7: value = Read(ZeroPage()); A = X = value; SetNZ(value); break;
            case 0xA8: Y = Nz(A); break;
            case 0xA9: A = Nz(Immediate()); break;
            case 0xAA: X = Nz(A); break;
            case 0xAB: value = (byte)((A | 0xEE) & Immediate()); A = X = value; SetNZ(value); break;
            case 0xAC: Y = Nz(Read(Absolute())); break;
            case 0xAD: LoadAccumulatorAbsolute(); break;
            case 0xAE: X = Nz(Read(Absolute())); break;
            case 0xAF: value = Read(Absolute()); A = X = value; SetNZ(value); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRowB(byte opcode, ushort opcodeAddress)
    {
        byte value;
        switch (opcode)
        {
            case 0xB0: Branch(Carry); break;
            case 0xB1: A = Nz(Read(IndirectYRead())); break;
            case 0xB3: value = Read(IndirectYRead()); A = X = value; SetNZ(value); break;
            case 0xB4: Y = Nz(Read(ZeroPageX())); break;
            case 0xB5: A = Nz(Read(ZeroPageX())); break;
            case 0xB6: X = Nz(Read(ZeroPageY())); break;
            case 0xB7: value = Read(ZeroPageY()); A = X = value; SetNZ(value); break;
            case 0xB8: Overflow = false; break;
            case 0xB9: A = Nz(Read(AbsoluteYRead())); break;
            case 0xBA: X = Nz(SP); break;
            case 0xBB: value = (byte)(SP & Read(AbsoluteYRead())); A = X = SP = value; SetNZ(value); break;
            case 0xBC: Y = Nz(Read(AbsoluteXRead())); break;
            case 0xBD: A = Nz(Read(AbsoluteXRead())); break;
            case 0xBE: X = Nz(Read(AbsoluteYRead())); break;
            case 0xBF: value = Read(AbsoluteYRead()); A = X = value; SetNZ(value); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRowC(byte opcode, ushort opcodeAddress)
    {
        int address;
        switch (opcode)
        {
            case 0xC0: Compare(Y, Immediate()); break;
            case 0xC1: Compare(A, Read(IndirectX())); break;
            case 0xC2: Immediate(); break;
            case 0xC3: address = IndirectX(); Dcp(address); break;
            case 0xC4: Compare(Y, Read(ZeroPage())); break;
            case 0xC5: Compare(A, Read(ZeroPage())); break;
            case 0xC6: address = ZeroPage(); Write(address, Decrement(Read(address))); break;
            case 0xC7: address = ZeroPage(); Dcp(address); break;
            case 0xC8: Y = Increment(Y); break;
            case 0xC9: Compare(A, Immediate()); break;
            case 0xCA: X = Decrement(X); break;
            case 0xCB: Sbx(Immediate()); break;
            case 0xCC: Compare(Y, Read(Absolute())); break;
            case 0xCD: Compare(A, Read(Absolute())); break;
            case 0xCE: address = Absolute(); Write(address, Decrement(Read(address))); break;
            case 0xCF: address = Absolute(); Dcp(address); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRowD(byte opcode, ushort opcodeAddress)
    {
        int address;
        switch (opcode)
        {
            case 0xD0: Branch(!Zero); break;
            case 0xD1: Compare(A, Read(IndirectYRead())); break;
            case 0xD3: address = IndirectY(); Dcp(address); break;
            case 0xD4: Read(ZeroPageX()); break;
            case 0xD5: Compare(A, Read(ZeroPageX())); break;
            case 0xD6: address = ZeroPageX(); Write(address, Decrement(Read(address))); break;
            case 0xD7: address = ZeroPageX(); Dcp(address); break;
            case 0xD8: Decimal = false; break;
            case 0xD9: Compare(A, Read(AbsoluteYRead())); break;
            case 0xDA: break;
            case 0xDB: address = AbsoluteY(); Dcp(address); break;
            case 0xDC: Read(AbsoluteXRead()); break;
            case 0xDD: Compare(A, Read(AbsoluteXRead())); break;
            case 0xDE: address = AbsoluteX(); Write(address, Decrement(Read(address))); break;
            case 0xDF: address = AbsoluteX(); Dcp(address); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRowE(byte opcode, ushort opcodeAddress)
    {
        int address;
        switch (opcode)
        {
            case 0xE0: Compare(X, Immediate()); break;
            case 0xE1: Sbc(Read(IndirectX())); break;
            case 0xE2: Immediate(); break;
            case 0xE3: address = IndirectX(); Isb(address); break;
            case 0xE4: Compare(X, Read(ZeroPage())); break;
            case 0xE5: Sbc(Read(ZeroPage())); break;
            case 0xE6: address = ZeroPage(); Write(address, Increment(Read(address))); break;
            case 0xE7: address = ZeroPage(); Isb(address); break;
            case 0xE8: X = Increment(X); break;
            case 0xE9: case 0xEB: Sbc(Immediate()); break;
            case 0xEA: break;
            case 0xEC: Compare(X, Read(Absolute())); break;
            case 0xED: Sbc(Read(Absolute())); break;
            case 0xEE: address = Absolute(); Write(address, Increment(Read(address))); break;
            case 0xEF: address = Absolute(); Isb(address); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void ExecuteRowF(byte opcode, ushort opcodeAddress)
    {
        int address;
        switch (opcode)
        {
            case 0xF0: Branch(Zero); break;
            case 0xF1: Sbc(Read(IndirectYRead())); break;
            case 0xF3: address = IndirectY(); Isb(address); break;
            case 0xF4: Read(ZeroPageX()); break;
            case 0xF5: Sbc(Read(ZeroPageX())); break;
            case 0xF6: address = ZeroPageX(); Write(address, Increment(Read(address))); break;
            case 0xF7: address = ZeroPageX(); Isb(address); break;
            case 0xF8: Decimal = true; break;
            case 0xF9: Sbc(Read(AbsoluteYRead())); break;
            case 0xFA: break;
            case 0xFB: address = AbsoluteY(); Isb(address); break;
            case 0xFC: Read(AbsoluteXRead()); break;
            case 0xFD: Sbc(Read(AbsoluteXRead())); break;
            case 0xFE: address = AbsoluteX(); Write(address, Increment(Read(address))); break;
            case 0xFF: address = AbsoluteX(); Isb(address); break;
            default: Jam(opcode, opcodeAddress); break;
        }
    }

    private void Dcp(int address)
    {
        byte value = (byte)(Read(address) - 1);
        Write(address, value);
        Compare(A, value);
    }

    private void Isb(int address)
    {
        byte value = (byte)(Read(address) + 1);
        Write(address, value);
        Sbc(value);
    }

    private void Slo(int address)
    {
        byte operand = Read(address);
        Carry = (operand & 0x80) != 0;
        byte value = (byte)(operand << 1);
        Write(address, value);
        A |= value;
        SetNZ(A);
    }

    private void Rla(int address)
    {
        byte operand = Read(address);
        byte value = (byte)((operand << 1) | (Carry ? 1 : 0));
        Write(address, value);
        A &= value;
        Carry = (operand & 0x80) != 0;
        SetNZ(A);
    }

    private void Sre(int address)
    {
        byte operand = Read(address);
        Carry = (operand & 0x01) != 0;
        byte value = (byte)(operand >> 1);
        Write(address, value);
        A ^= value;
        SetNZ(A);
    }

    private void Rra(int address)
    {
        byte operand = Read(address);
        int carryIn = Carry ? 0x80 : 0;
        Carry = (operand & 0x01) != 0;
        byte value = (byte)((operand >> 1) | carryIn);
        Write(address, value);
        Adc(value);
    }

    private void JumpToSubroutine()
    {
        byte low = Read(PC++);
        Read(0x0100 + SP);
        Push((byte)(PC >> 8));
        Push((byte)PC);
        byte high = Read(PC);
        PC = (ushort)(low | (high << 8));
    }

    private void ReturnFromSubroutine()
    {
        Read(0x0100 + SP++);
        byte low = Read(0x0100 + SP++);
        byte high = Read(0x0100 + SP);
        PC = (ushort)(low | (high << 8));
        Read(PC++);
    }

    private void ReturnFromInterrupt()
    {
        Read(0x0100 + SP++);
        Status = Read(0x0100 + SP++);
        byte low = Read(0x0100 + SP++);
        byte high = Read(0x0100 + SP);
        PC = (ushort)(low | (high << 8));
    }

    private void Break()
    {
        Read(PC++);
        Push((byte)(PC >> 8));
        Push((byte)PC);
        Push(Status);
        InterruptDisable = true;
        byte low = Read(0xFFFE);
        byte high = Read(0xFFFF);
        PC = (ushort)(low | (high << 8));
    }
}
