namespace SamRL.Atari.Machine.Cartridges;

/// <summary>
/// E7 (M Network): 16 KiB ROM as eight 2 KiB slices plus 2 KiB RAM. $1000–$17FF shows slice 0–6 ($1FE0–$1FE6),
/// or with $1FE7 the 1 KiB RAM (write $1000–$13FF, read $1400–$17FF); $1800–$19FF holds one of four 256-byte
/// RAM banks ($1FE8–$1FEB; write $1800–$18FF, read $1900–$19FF); the rest shows slice 7. Reading a write port
/// returns the ROM of slice 7 underneath, as in Stella. Reset: RAM refilled from the system RNG, slice 0, RAM bank 0.
/// </summary>
public sealed class CartridgeE7 : Cartridge
{
    private const int LastSliceOffset = 7 * 2048;
    private const int RamSliceSize = 1024;

    private readonly byte[] _rom;
    private readonly byte[] _ram = new byte[2048];
    private readonly Mt19937 _systemRandom;
    private int _slice;
    private int _ramBankOffset = RamSliceSize;

    /// <summary>Copies a 16,384-byte image; the RAM is filled from <paramref name="systemRandom"/> at each reset.</summary>
    public CartridgeE7(ReadOnlySpan<byte> image, Mt19937 systemRandom)
    {
        CartridgeImage.RequireSize(image, 16384, "E7");
        ArgumentNullException.ThrowIfNull(systemRandom);
        _rom = image.ToArray();
        _systemRandom = systemRandom;
    }

    /// <inheritdoc />
    public override CartridgeType Type => CartridgeType.E7;

    /// <inheritdoc />
    public override int CurrentBank => _slice;

    /// <summary>The selected 256-byte RAM bank (0–3).</summary>
    public int CurrentRamBank => (_ramBankOffset - RamSliceSize) >> 8;

    /// <summary>The 2 KiB RAM: [0, 1024) the 1 KiB slice, then the four 256-byte banks.</summary>
    public ReadOnlySpan<byte> Ram => _ram;

    /// <inheritdoc />
    public override void Reset()
    {
        for (int i = 0; i < _ram.Length; i++)
        {
            _ram[i] = (byte)_systemRandom.Next();
        }

        _ramBankOffset = RamSliceSize;
        _slice = 0;
    }

    /// <inheritdoc />
    public override byte Peek(ushort address)
    {
        int offset = address & 0x0FFF;
        SwitchIfHotspot(offset);
        if (offset < 0x0800)
        {
            if (_slice != 7)
            {
                return _rom[(_slice << 11) + offset];
            }

            return offset < 0x0400 ? _rom[LastSliceOffset + offset] : _ram[offset & 0x03FF];
        }

        if (offset is >= 0x0900 and < 0x0A00)
        {
            return _ram[_ramBankOffset + (offset & 0xFF)];
        }

        return _rom[LastSliceOffset + (offset & 0x07FF)];
    }

    /// <inheritdoc />
    public override void Poke(ushort address, byte value)
    {
        int offset = address & 0x0FFF;
        SwitchIfHotspot(offset);
        if (offset < 0x0400 && _slice == 7)
        {
            _ram[offset] = value;
        }
        else if (offset is >= 0x0800 and < 0x0900)
        {
            _ram[_ramBankOffset + (offset & 0xFF)] = value;
        }
    }

    private void SwitchIfHotspot(int offset)
    {
        if (offset is >= 0x0FE0 and <= 0x0FE7)
        {
            _slice = offset & 0x07;
        }
        else if (offset is >= 0x0FE8 and <= 0x0FEB)
        {
            _ramBankOffset = RamSliceSize + ((offset & 0x03) << 8);
        }
    }
}
