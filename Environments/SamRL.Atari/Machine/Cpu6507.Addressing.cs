using System.Runtime.CompilerServices;

namespace SamRL.Atari.Machine;

/// <summary>
/// Effective-address computation, with exactly the reads Stella's <c>M6502Low</c> makes. Two Stella details are
/// kept on purpose: the high pointer byte of (zp,X) and (zp),Y is read from pointer + 1 without wrapping to the
/// zero page (pointer $FF reads $0100 where a real 6502 reads $0000; both are TIA addresses on the 2600, so only
/// the address the TIA sees differs), and indexed reads add their page-crossing cycle before the operand read,
/// so that read carries the extra cycle.
/// </summary>
public sealed partial class Cpu6507
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Immediate() => Read(PC++);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ZeroPage() => Read(PC++);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ZeroPageX() => (byte)(Read(PC++) + X);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ZeroPageY() => (byte)(Read(PC++) + Y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Absolute()
    {
        int low = Read(PC);
        int high = Read((ushort)(PC + 1));
        PC += 2;
        return low | (high << 8);
    }

    /// <summary>abs,X for writes and read-modify-writes: no page-crossing cycle.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int AbsoluteX() => (ushort)(Absolute() + X);

    /// <summary>abs,Y for writes and read-modify-writes: no page-crossing cycle.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int AbsoluteY() => (ushort)(Absolute() + Y);

    /// <summary>abs,X for reads: one more cycle when the index crosses a page.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int AbsoluteXRead() => IndexForRead(Absolute(), X);

    /// <summary>abs,Y for reads: one more cycle when the index crosses a page.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int AbsoluteYRead() => IndexForRead(Absolute(), Y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndirectX()
    {
        int pointer = (byte)(Read(PC++) + X);
        return Read(pointer) | (Read(pointer + 1) << 8);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndirectPointer()
    {
        int pointer = Read(PC++);
        return Read(pointer) | (Read(pointer + 1) << 8);
    }

    /// <summary>(zp),Y for writes and read-modify-writes: no page-crossing cycle.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndirectY() => (ushort)(IndirectPointer() + Y);

    /// <summary>(zp),Y for reads: one more cycle when the index crosses a page.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndirectYRead() => IndexForRead(IndirectPointer(), Y);

    /// <summary>JMP (abs) with the NMOS bug: the high byte comes from the start of the same page.</summary>
    private int Indirect()
    {
        int pointer = Absolute();
        int highAddress = (pointer & 0xFF) == 0xFF ? pointer & 0xFF00 : pointer + 1;
        return Read(pointer) | (Read(highAddress) << 8);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndexForRead(int baseAddress, byte index)
    {
        int address = baseAddress + index;
        if (((baseAddress ^ address) & 0xFF00) != 0)
        {
            _clock.Cycles++;
        }

        return (ushort)address;
    }

    /// <summary>Relative branch: +1 cycle when taken, +2 when the target is on another page than the next opcode.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Branch(bool taken)
    {
        sbyte offset = (sbyte)Read(PC++);
        if (taken)
        {
            ushort target = (ushort)(PC + offset);
            _clock.Cycles += ((PC ^ target) & 0xFF00) != 0 ? 2 : 1;
            PC = target;
        }
    }
}
