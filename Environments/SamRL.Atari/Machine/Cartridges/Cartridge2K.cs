namespace SamRL.Atari.Machine.Cartridges;

/// <summary>2 KiB ROM, seen twice in $1000–$1FFF.</summary>
public sealed class Cartridge2K : Cartridge
{
    private readonly byte[] _rom;

    /// <summary>Copies a 2,048-byte image.</summary>
    public Cartridge2K(ReadOnlySpan<byte> image)
    {
        CartridgeImage.RequireSize(image, 2048, "2K");
        _rom = image.ToArray();
    }

    /// <inheritdoc />
    public override CartridgeType Type => CartridgeType.TwoK;

    /// <inheritdoc />
    internal override byte[] PlainRom => _rom;

    /// <inheritdoc />
    public override byte Peek(ushort address) => _rom[address & 0x07FF];

    /// <inheritdoc />
    public override void Poke(ushort address, byte value)
    {
    }
}
