namespace SamRL.Atari.Machine.Cartridges;

/// <summary>
/// FE (Activision): 8 KiB with no hot-spot. As in ALE's Stella, a read whose address has bit 13 = 0
/// ($Dxxx, as the game's code runs there) sees the upper 4 KiB and bit 13 = 1 ($Fxxx) the lower 4 KiB,
/// so the bank follows the 16-bit address the CPU presents (ALE_REFERENCE §9.4).
/// </summary>
public sealed class CartridgeFE : Cartridge
{
    private readonly byte[] _rom;
    private int _lastBank;

    /// <summary>Copies an 8,192-byte image.</summary>
    public CartridgeFE(ReadOnlySpan<byte> image)
    {
        CartridgeImage.RequireSize(image, 8192, "FE");
        _rom = image.ToArray();
    }

    /// <inheritdoc />
    public override CartridgeType Type => CartridgeType.FE;

    /// <summary>The 4 KiB half the last read came from (0 = lower, 1 = upper).</summary>
    public override int CurrentBank => _lastBank;

    /// <inheritdoc />
    public override byte Peek(ushort address)
    {
        _lastBank = (address & 0x2000) == 0 ? 1 : 0;
        return _rom[(_lastBank << 12) + (address & 0x0FFF)];
    }

    /// <inheritdoc />
    public override void Poke(ushort address, byte value)
    {
    }
}
