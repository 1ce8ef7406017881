namespace SamRL.Atari.Machine.Cartridges;

/// <summary>F6: 16 KiB in four banks, $1FF6–$1FF9 → banks 0–3; starts in bank 0.</summary>
public sealed class CartridgeF6 : HotspotCartridge
{
    /// <summary>Copies the image.</summary>
    public CartridgeF6(ReadOnlySpan<byte> image)
        : base(image, "F6", 4, 0xFF6, 0, 0, null)
    {
    }

    /// <inheritdoc />
    public override CartridgeType Type => CartridgeType.F6;
}
