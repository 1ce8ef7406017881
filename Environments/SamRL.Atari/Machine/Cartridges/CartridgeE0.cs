namespace SamRL.Atari.Machine.Cartridges;

/// <summary>
/// E0 (Parker Bros.): 8 KiB as eight 1 KiB slices. $1000, $1400 and $1800 each show a selectable slice
/// ($1FE0–$1FE7, $1FE8–$1FEF, $1FF0–$1FF7 pick slice 0–7 for them); $1C00 always shows slice 7.
/// Resets to slices 4, 5, 6.
/// </summary>
public sealed class CartridgeE0 : Cartridge
{
    private readonly byte[] _rom;
    private readonly int[] _sliceOffsets = new int[4];

    /// <summary>Copies an 8,192-byte image.</summary>
    public CartridgeE0(ReadOnlySpan<byte> image)
    {
        CartridgeImage.RequireSize(image, 8192, "E0");
        _rom = image.ToArray();
        Reset();
    }

    /// <inheritdoc />
    public override CartridgeType Type => CartridgeType.E0;

    /// <inheritdoc />
    public override int CurrentBank => _sliceOffsets[0] >> 10;

    /// <summary>The slice shown in segment 0–3 ($1000, $1400, $1800, $1C00).</summary>
    public int SliceOf(int segment) => _sliceOffsets[segment] >> 10;

    /// <inheritdoc />
    public override void Reset()
    {
        _sliceOffsets[0] = 4 << 10;
        _sliceOffsets[1] = 5 << 10;
        _sliceOffsets[2] = 6 << 10;
        _sliceOffsets[3] = 7 << 10;
    }

    /// <inheritdoc />
    public override byte Peek(ushort address)
    {
        int offset = address & 0x0FFF;
        SwitchIfHotspot(offset);
        return _rom[_sliceOffsets[offset >> 10] + (offset & 0x03FF)];
    }

    /// <inheritdoc />
    public override void Poke(ushort address, byte value) => SwitchIfHotspot(address & 0x0FFF);

    private void SwitchIfHotspot(int offset)
    {
        if (offset is >= 0x0FE0 and <= 0x0FF7)
        {
            _sliceOffsets[(offset >> 3) & 0x03] = (offset & 0x07) << 10;
        }
    }
}
