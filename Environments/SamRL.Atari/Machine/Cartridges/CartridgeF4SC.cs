namespace SamRL.Atari.Machine.Cartridges;

/// <summary>F4SC: F4 plus 128 bytes of Superchip RAM (write $1000–$107F, read $1080–$10FF); starts in bank 0.</summary>
public sealed class CartridgeF4SC : HotspotCartridge
{
    /// <summary>Copies the image; the RAM is filled from <paramref name="systemRandom"/> at each reset.</summary>
    public CartridgeF4SC(ReadOnlySpan<byte> image, Mt19937 systemRandom)
        : base(image, "F4SC", 8, 0xFF4, 0, 128, systemRandom)
    {
    }

    /// <inheritdoc />
    public override CartridgeType Type => CartridgeType.F4SC;
}
