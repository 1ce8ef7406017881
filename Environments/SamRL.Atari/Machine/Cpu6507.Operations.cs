using System.Runtime.CompilerServices;

namespace SamRL.Atari.Machine;

/// <summary>The arithmetic and logic of the instructions, on values (the opcode switch does the bus accesses).</summary>
public sealed partial class Cpu6507
{
    /// <summary>
    /// Stella's decimal-mode tables in one array: [0..255] = the binary value of a packed-BCD byte
    /// (10 × high nibble + low nibble, so $FF → 165), [256..511] = the packed-BCD byte of (t mod 100).
    /// SBC in decimal mode can index the second half with a difference down to −66; Stella's C++ then reads
    /// into the first half (the halves are contiguous there), and this layout reproduces that exactly.
    /// </summary>
    private static readonly byte[] BcdTables = BuildBcdTables();

    private const int BinaryToBcd = 256;

    private static byte[] BuildBcdTables()
    {
        var tables = new byte[512];
        for (int t = 0; t < 256; t++)
        {
            tables[t] = (byte)(((t >> 4) * 10) + (t & 0x0F));
            tables[BinaryToBcd + t] = (byte)((((t % 100) / 10) << 4) | (t % 10));
        }

        return tables;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetNZ(byte value)
    {
        Zero = value == 0;
        Negative = (value & 0x80) != 0;
    }

    /// <summary>Sets N and Z from a value being loaded into a register, and returns it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Nz(byte value)
    {
        SetNZ(value);
        return value;
    }

    /// <summary>ADC: binary inline (every game's common case), decimal out of line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Adc(byte operand)
    {
        if (Decimal)
        {
            AdcDecimal(operand);
        }
        else
        {
            AddBinary(operand, Carry ? 1 : 0);
        }
    }

    /// <summary>SBC: binary inline as an addition of the complement, decimal out of line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Sbc(byte operand)
    {
        if (Decimal)
        {
            SbcDecimal(operand);
        }
        else
        {
            AddBinary((byte)~operand, Carry ? 1 : 0);
        }
    }

    private void AdcDecimal(byte operand)
    {
        int carryIn = Carry ? 1 : 0;
        byte oldA = A;
        int sum = BcdTables[oldA] + BcdTables[operand] + carryIn;
        Carry = sum > 99;
        A = BcdTables[BinaryToBcd + (sum & 0xFF)];
        SetNZ(A);
        Overflow = ((oldA ^ A) & 0x80) != 0 && ((A ^ operand) & 0x80) != 0;
    }

    private void SbcDecimal(byte operand)
    {
        int borrow = Carry ? 0 : 1;
        byte oldA = A;
        int difference = BcdTables[oldA] - BcdTables[operand] - borrow;
        if (difference < 0)
        {
            difference += 100;
        }

        A = BcdTables[BinaryToBcd + difference];
        SetNZ(A);
        Carry = oldA >= operand + borrow;
        Overflow = ((oldA ^ A) & 0x80) != 0 && ((A ^ operand) & 0x80) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddBinary(byte operand, int carryIn)
    {
        int signedSum = (sbyte)A + (sbyte)operand + carryIn;
        Overflow = signedSum is > 127 or < -128;
        int sum = A + operand + carryIn;
        A = (byte)sum;
        Carry = sum > 0xFF;
        SetNZ(A);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Compare(byte register, byte operand)
    {
        int difference = register - operand;
        Zero = difference == 0;
        Negative = (difference & 0x80) != 0;
        Carry = difference >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Bit(byte operand)
    {
        Zero = (A & operand) == 0;
        Negative = (operand & 0x80) != 0;
        Overflow = (operand & 0x40) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Asl(byte value)
    {
        Carry = (value & 0x80) != 0;
        value <<= 1;
        SetNZ(value);
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Lsr(byte value)
    {
        Carry = (value & 0x01) != 0;
        value >>= 1;
        SetNZ(value);
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Rol(byte value)
    {
        int carryIn = Carry ? 1 : 0;
        Carry = (value & 0x80) != 0;
        value = (byte)((value << 1) | carryIn);
        SetNZ(value);
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Ror(byte value)
    {
        int carryIn = Carry ? 0x80 : 0;
        Carry = (value & 0x01) != 0;
        value = (byte)((value >> 1) | carryIn);
        SetNZ(value);
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Increment(byte value)
    {
        value++;
        SetNZ(value);
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Decrement(byte value)
    {
        value--;
        SetNZ(value);
        return value;
    }

    /// <summary>ARR (undocumented): AND then rotate right, with Stella's binary and decimal flag rules.</summary>
    private void Arr(byte operand)
    {
        int carryIn = Carry ? 0x80 : 0;
        if (!Decimal)
        {
            A = (byte)(((A & operand) >> 1) | carryIn);
            Carry = (A & 0x40) != 0;
            Overflow = (((A & 0x40) ^ ((A & 0x20) << 1)) & 0xFF) != 0;
            SetNZ(A);
            return;
        }

        int value = A & operand;
        int result = (value >> 1) | carryIn;
        Negative = Carry;
        Zero = result == 0;
        Overflow = ((value ^ result) & 0x40) != 0;
        if ((value & 0x0F) + (value & 0x01) > 0x05)
        {
            result = (result & 0xF0) | ((result + 0x06) & 0x0F);
        }

        if ((value & 0xF0) + (value & 0x10) > 0x50)
        {
            result = (result + 0x60) & 0xFF;
            Carry = true;
        }
        else
        {
            Carry = false;
        }

        A = (byte)result;
    }

    /// <summary>SBX / AXS (undocumented): X ← (A AND X) − operand, flags as CMP.</summary>
    private void Sbx(byte operand)
    {
        int difference = (A & X) - operand;
        X = (byte)difference;
        SetNZ(X);
        Carry = difference >= 0;
    }

    /// <summary>The SHA/SHX/SHY/SHS store value: register AND (high byte of the address + 1), as Stella.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte AndHighPlusOne(int value, int address) => (byte)(value & (((address >> 8) & 0xFF) + 1));

    private void Push(byte value)
    {
        Write(0x0100 + SP, value);
        SP--;
    }
}
