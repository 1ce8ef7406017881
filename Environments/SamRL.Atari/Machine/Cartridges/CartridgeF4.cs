namespace SamRL.Atari.Machine.Cartridges;

/// <summary>F4: 32 KiB in eight banks, $1FF4–$1FFB → banks 0–7; starts in bank 0.</summary>
public sealed class CartridgeF4 : HotspotCartridge
{
    /// <summary>Copies the image.</summary>
    public CartridgeF4(ReadOnlySpan<byte> image)
        : base(image, "F4", 8, 0xFF4, 0, 0, null)
    {
    }

    /// <inheritdoc />
    public override CartridgeType Type => CartridgeType.F4;
}
