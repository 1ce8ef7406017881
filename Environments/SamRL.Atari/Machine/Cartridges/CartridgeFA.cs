namespace SamRL.Atari.Machine.Cartridges;

/// <summary>FA (CBS RAM Plus, Stella "FASC"): 12 KiB in three banks, $1FF8–$1FFA → banks 0–2, 256 bytes of RAM (write $1000–$10FF, read $1100–$11FF); starts in bank 2.</summary>
public sealed class CartridgeFA : HotspotCartridge
{
    /// <summary>Copies the image; the RAM is filled from <paramref name="systemRandom"/> at each reset.</summary>
    public CartridgeFA(ReadOnlySpan<byte> image, Mt19937 systemRandom)
        : base(image, "FA", 3, 0xFF8, 2, 256, systemRandom)
    {
    }

    /// <inheritdoc />
    public override CartridgeType Type => CartridgeType.FA;
}
