namespace SamRL.Atari.Machine.Cartridges;

/// <summary>Builds the cartridge for an image: detected like Stella, or of an explicitly requested scheme.</summary>
public static class CartridgeFactory
{
    /// <summary>
    /// Creates the cartridge. <paramref name="type"/> overrides the detection; <paramref name="systemRandom"/> is the
    /// console's system RNG, which Superchip/E7/FA cartridges draw their RAM from at each reset;
    /// <paramref name="romName"/> names the ROM in errors. Like Stella, 2K and 4K use the start of a larger image
    /// (a 4 KiB image with two equal halves is detected as 2K).
    /// </summary>
    public static Cartridge Create(ReadOnlySpan<byte> image, string romName, Mt19937 systemRandom, CartridgeType? type = null)
    {
        ArgumentNullException.ThrowIfNull(romName);
        ArgumentNullException.ThrowIfNull(systemRandom);
        CartridgeType scheme = type ?? CartridgeDetector.Detect(image, romName);
        int required = RequiredSize(scheme, image.Length);
        if (scheme is CartridgeType.TwoK or CartridgeType.FourK ? image.Length < required : image.Length != required)
        {
            throw new InvalidRomException(romName,
                $"ROM '{romName}' has {image.Length} bytes but a {scheme} cartridge needs {DescribeSize(scheme)}.");
        }

        return scheme switch
        {
            CartridgeType.TwoK => new Cartridge2K(image[..2048]),
            CartridgeType.FourK => new Cartridge4K(image[..4096]),
            CartridgeType.F8 => new CartridgeF8(image),
            CartridgeType.F8Swapped => new CartridgeF8(image, swapped: true),
            CartridgeType.F8SC => new CartridgeF8SC(image, systemRandom),
            CartridgeType.F6 => new CartridgeF6(image),
            CartridgeType.F6SC => new CartridgeF6SC(image, systemRandom),
            CartridgeType.F4 => new CartridgeF4(image),
            CartridgeType.F4SC => new CartridgeF4SC(image, systemRandom),
            CartridgeType.E0 => new CartridgeE0(image),
            CartridgeType.FE => new CartridgeFE(image),
            CartridgeType.ThreeF => new Cartridge3F(image),
            CartridgeType.E7 => new CartridgeE7(image, systemRandom),
            CartridgeType.FA => new CartridgeFA(image, systemRandom),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown cartridge type."),
        };
    }

    private static int RequiredSize(CartridgeType scheme, int imageLength) => scheme switch
    {
        CartridgeType.TwoK => 2048,
        CartridgeType.FourK => 4096,
        CartridgeType.F8 or CartridgeType.F8Swapped or CartridgeType.F8SC or CartridgeType.E0 or CartridgeType.FE => 8192,
        CartridgeType.FA => 12288,
        CartridgeType.F6 or CartridgeType.F6SC or CartridgeType.E7 => 16384,
        CartridgeType.F4 or CartridgeType.F4SC => 32768,
        _ => imageLength > 0 && imageLength % 2048 == 0 ? imageLength : -1,
    };

    private static string DescribeSize(CartridgeType scheme) => scheme switch
    {
        CartridgeType.TwoK => "at least 2048 bytes",
        CartridgeType.FourK => "at least 4096 bytes",
        CartridgeType.ThreeF => "a non-zero multiple of 2048 bytes",
        _ => $"exactly {RequiredSize(scheme, 0)} bytes",
    };
}
