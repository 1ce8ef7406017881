namespace SamRL.Atari.Machine.Cartridges;

/// <summary>F8SC: F8 plus 128 bytes of Superchip RAM (write $1000–$107F, read $1080–$10FF); starts in bank 1.</summary>
public sealed class CartridgeF8SC : HotspotCartridge
{
    /// <summary>Copies the image; the RAM is filled from <paramref name="systemRandom"/> at each reset.</summary>
    public CartridgeF8SC(ReadOnlySpan<byte> image, Mt19937 systemRandom)
        : base(image, "F8SC", 2, 0xFF8, 1, 128, systemRandom)
    {
    }

    /// <inheritdoc />
    public override CartridgeType Type => CartridgeType.F8SC;
}
