namespace SamRL.Atari.Machine.Cartridges;

/// <summary>4 KiB ROM filling $1000–$1FFF.</summary>
public sealed class Cartridge4K : Cartridge
{
    private readonly byte[] _rom;

    /// <summary>Copies a 4,096-byte image.</summary>
    public Cartridge4K(ReadOnlySpan<byte> image)
    {
        CartridgeImage.RequireSize(image, 4096, "4K");
        _rom = image.ToArray();
    }

    /// <inheritdoc />
    public override CartridgeType Type => CartridgeType.FourK;

    /// <inheritdoc />
    internal override byte[] PlainRom => _rom;

    /// <inheritdoc />
    public override byte Peek(ushort address) => _rom[address & 0x0FFF];

    /// <inheritdoc />
    public override void Poke(ushort address, byte value)
    {
    }
}
