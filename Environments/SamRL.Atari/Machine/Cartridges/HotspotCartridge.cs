namespace SamRL.Atari.Machine.Cartridges;

/// <summary>
/// The Atari-style schemes (F8, F6, F4, FA and their Superchip variants): 4 KiB banks, consecutive hot-spots at
/// the top of the cartridge space that select a bank on any read or write, and optionally on-cartridge RAM with
/// a write port at the start of the space followed by a read port of the same size. Reading the write port
/// returns the ROM underneath; writing the read port does nothing (as in Stella).
/// </summary>
public abstract class HotspotCartridge : Cartridge
{
    private readonly byte[] _rom;
    private readonly byte[] _ram;
    private readonly int _firstHotspot;
    private readonly int _bankCount;
    private readonly int _startBank;
    private readonly Mt19937? _systemRandom;
    private int _bankOffset;

    /// <summary>Sets up the banks; <paramref name="ramSize"/> 0 means no RAM (then no RNG is needed).</summary>
    private protected HotspotCartridge(
        ReadOnlySpan<byte> image, string scheme, int bankCount, int firstHotspot, int startBank, int ramSize, Mt19937? systemRandom)
    {
        CartridgeImage.RequireSize(image, bankCount * 4096, scheme);
        if (ramSize > 0)
        {
            ArgumentNullException.ThrowIfNull(systemRandom);
        }

        _rom = image.ToArray();
        _ram = new byte[ramSize];
        _bankCount = bankCount;
        _firstHotspot = firstHotspot;
        _startBank = startBank;
        _systemRandom = systemRandom;
        _bankOffset = startBank * 4096;
    }

    /// <inheritdoc />
    public override int CurrentBank => _bankOffset / 4096;

    /// <summary>The on-cartridge RAM (empty for schemes without it).</summary>
    public ReadOnlySpan<byte> Ram => _ram;

    /// <inheritdoc />
    public override void Reset()
    {
        if (_systemRandom is not null)
        {
            for (int i = 0; i < _ram.Length; i++)
            {
                _ram[i] = (byte)_systemRandom.Next();
            }
        }

        _bankOffset = _startBank * 4096;
    }

    /// <inheritdoc />
    public override byte Peek(ushort address)
    {
        int offset = address & 0x0FFF;
        SwitchIfHotspot(offset);
        int readPort = offset - _ram.Length;
        if ((uint)readPort < (uint)_ram.Length)
        {
            return _ram[readPort];
        }

        return _rom[_bankOffset + offset];
    }

    /// <inheritdoc />
    public override void Poke(ushort address, byte value)
    {
        int offset = address & 0x0FFF;
        SwitchIfHotspot(offset);
        if (offset < _ram.Length)
        {
            _ram[offset] = value;
        }
    }

    private void SwitchIfHotspot(int offset)
    {
        int bank = offset - _firstHotspot;
        if ((uint)bank < (uint)_bankCount)
        {
            _bankOffset = bank * 4096;
        }
    }
}
