using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SamRL.Atari.Machine.Cartridges;

namespace SamRL.Atari.Machine;

/// <summary>
/// The 6507's view of the 2600 address space (Stella's <c>System</c>). The 6507 has 13 address lines, so only
/// bits 0–12 select a chip: A12 = 1 → cartridge, else A7 = 0 → TIA, else A9 = 0 → RIOT RAM, else RIOT I/O.
/// Every device still receives the CPU's full 16-bit address (the FE cartridge decodes A13 from it).
/// After each access the bus records its direction and byte in the <see cref="SystemClock"/> (one packed store),
/// so a device sees the previous access there while it is being accessed (WSYNC and undriven-bit rules,
/// ALE_REFERENCE §4.2, §9.1).
/// </summary>
public sealed class Bus
{
    private readonly SystemClock _clock;
    private readonly IBusDevice _tia;
    private readonly Riot _riot;
    private readonly byte[] _ram;
    private readonly Cartridge _cartridge;
    private readonly byte[]? _plainRom;
    private readonly int _plainRomMask;
    private readonly bool _cartridgeOwnsTiaLowPage;

    /// <summary>Address bits that select the RIOT's RAM (A12 = 0, A9 = 0, A7 = 1) and their value for it.</summary>
    private const int RamSelect = 0x1280, RamSelected = 0x0080;

    /// <summary>Wires the chips together; the cartridge gets the TIA too if its scheme needs it (3F).</summary>
    public Bus(SystemClock clock, IBusDevice tia, Riot riot, Cartridge cartridge)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(tia);
        ArgumentNullException.ThrowIfNull(riot);
        ArgumentNullException.ThrowIfNull(cartridge);
        _clock = clock;
        _tia = tia;
        _riot = riot;
        _ram = riot.Ram;
        _cartridge = cartridge;
        _plainRom = cartridge.PlainRom;
        _plainRomMask = _plainRom is null ? 0 : _plainRom.Length - 1;
        _cartridgeOwnsTiaLowPage = cartridge.OwnsTiaLowPage;
        cartridge.ConnectTia(tia);
    }

    /// <summary>The shared clock and control lines.</summary>
    public SystemClock Clock => _clock;

    /// <summary>The cartridge in the slot.</summary>
    public Cartridge Cartridge => _cartridge;

    /// <summary>Reads a byte as the CPU does, with all side effects (hot-spots, timer flags, data bus).</summary>
    /// <remarks>
    /// Only the two common cases are inlined into the CPU's instructions: a plain 2K/4K ROM (most reads are
    /// instruction fetches) and the RIOT's RAM (the zero page). Everything else goes through one call, which keeps
    /// each inlined access a few instructions long; inlining every device's path made the decoder methods several
    /// kilobytes each.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Read(ushort address)
    {
        byte value;
        byte[]? plainRom = _plainRom;
        if ((address & 0x1000) != 0 && plainRom is not null)
        {
            // The mask is the power-of-two length minus one, so the index needs no bounds check.
            value = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(plainRom), address & _plainRomMask);
        }
        else if ((address & RamSelect) == RamSelected)
        {
            // The RIOT's RAM is always 128 bytes: no bounds check needed on the zero-page hot path.
            value = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_ram), address & 0x7F);
        }
        else
        {
            return ReadDevice(address);
        }

        _clock.LastAccess = value | SystemClock.ReadAccess;
        return value;
    }

    /// <summary>Writes a byte as the CPU does, with all side effects.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ushort address, byte value)
    {
        if ((address & RamSelect) == RamSelected)
        {
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_ram), address & 0x7F) = value;
            _clock.LastAccess = value;
        }
        else
        {
            WriteDevice(address, value);
        }
    }

    /// <summary>
    /// A byte of a plain 2K/4K ROM without any side effect (no data-bus update): false when the address is not in
    /// such a ROM. Lets the CPU recognise a code pattern before it takes a shortcut through it.
    /// </summary>
    internal bool TryPeekPlainRom(int address, out byte value)
    {
        if ((address & 0x1000) != 0 && _plainRom is not null)
        {
            value = _plainRom[address & _plainRomMask];
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>A read that is not from a plain ROM or the RAM: a bank-switching cartridge, the TIA or RIOT I/O.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private byte ReadDevice(ushort address)
    {
        byte value;
        if ((address & 0x1000) != 0)
        {
            value = _cartridge.Peek(address);
        }
        else if ((address & 0x0080) == 0)
        {
            value = _cartridgeOwnsTiaLowPage && (address & 0x1FC0) == 0 ? _cartridge.Peek(address) : _tia.Peek(address);
        }
        else
        {
            value = _riot.Peek(address);
        }

        _clock.LastAccess = value | SystemClock.ReadAccess;
        return value;
    }

    /// <summary>A write to anything but the RAM: the cartridge (hot-spots), the TIA or RIOT I/O.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteDevice(ushort address, byte value)
    {
        if ((address & 0x1000) != 0)
        {
            _cartridge.Poke(address, value);
        }
        else if ((address & 0x0080) == 0)
        {
            if (_cartridgeOwnsTiaLowPage && (address & 0x1FC0) == 0)
            {
                _cartridge.Poke(address, value);
            }
            else
            {
                _tia.Poke(address, value);
            }
        }
        else
        {
            _riot.Poke(address, value);
        }

        _clock.LastAccess = value;
    }
}
