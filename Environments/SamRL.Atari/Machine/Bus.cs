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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Read(ushort address)
    {
        byte value;
        if ((address & 0x1000) != 0)
        {
            // Most reads are instruction fetches from a 2K/4K ROM: index it directly instead of a virtual call, and
            // without a bounds check (the mask is the power-of-two length minus one), which profiles showed on every fetch.
            byte[]? plainRom = _plainRom;
            value = plainRom is not null
                ? Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(plainRom), address & _plainRomMask)
                : _cartridge.Peek(address);
        }
        else if ((address & 0x0080) == 0)
        {
            value = _cartridgeOwnsTiaLowPage && (address & 0x1FC0) == 0 ? _cartridge.Peek(address) : _tia.Peek(address);
        }
        else if ((address & 0x0200) == 0)
        {
            // The RIOT's RAM is always 128 bytes: no bounds check needed on the zero-page hot path.
            value = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_ram), address & 0x7F);
        }
        else
        {
            value = _riot.Peek(address);
        }

        _clock.LastAccess = value | SystemClock.ReadAccess;
        return value;
    }

    /// <summary>Writes a byte as the CPU does, with all side effects.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ushort address, byte value)
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
        else if ((address & 0x0200) == 0)
        {
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_ram), address & 0x7F) = value;
        }
        else
        {
            _riot.Poke(address, value);
        }

        _clock.LastAccess = value;
    }
}
