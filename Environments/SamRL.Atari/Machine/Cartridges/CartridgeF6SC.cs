namespace SamRL.Atari.Machine.Cartridges;

/// <summary>F6SC: F6 plus 128 bytes of Superchip RAM (write $1000–$107F, read $1080–$10FF); starts in bank 0.</summary>
public sealed class CartridgeF6SC : HotspotCartridge
{
    /// <summary>Copies the image; the RAM is filled from <paramref name="systemRandom"/> at each reset.</summary>
    public CartridgeF6SC(ReadOnlySpan<byte> image, Mt19937 systemRandom)
        : base(image, "F6SC", 4, 0xFF6, 0, 128, systemRandom)
    {
    }

    /// <inheritdoc />
    public override CartridgeType Type => CartridgeType.F6SC;
}
