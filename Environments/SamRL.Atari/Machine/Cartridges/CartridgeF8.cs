namespace SamRL.Atari.Machine.Cartridges;

/// <summary>
/// F8: 8 KiB in two 4 KiB banks, $1FF8 → bank 0, $1FF9 → bank 1; starts in bank 1, or in bank 0 for the
/// "F8 swapped" dumps whose banks are stored in the opposite order.
/// </summary>
public sealed class CartridgeF8 : HotspotCartridge
{
    private readonly bool _swapped;

    /// <summary>Copies the image; <paramref name="swapped"/> selects the bank-0 start of "F8 swapped".</summary>
    public CartridgeF8(ReadOnlySpan<byte> image, bool swapped = false)
        : base(image, "F8", 2, 0xFF8, swapped ? 0 : 1, 0, null)
    {
        _swapped = swapped;
    }

    /// <inheritdoc />
    public override CartridgeType Type => _swapped ? CartridgeType.F8Swapped : CartridgeType.F8;
}
