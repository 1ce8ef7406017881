using System.Security.Cryptography;

namespace SamRL.Atari.Machine.Cartridges;

/// <summary>
/// Picks the bank-switching scheme as ALE does: the few ROMs whose scheme ALE knows by MD5 (two "F8 swapped" dumps
/// and the three entries of its property database that set a type), otherwise Stella 2.4.2's auto-detection
/// heuristics on size and content (<c>Cartridge::autodetectType</c>). Also parses explicit scheme names for overrides.
/// Schemes Stella would pick that SamRL does not emulate (AR, CV, DPC, 3E, UA, MB, MC) are rejected clearly.
/// </summary>
public static class CartridgeDetector
{
    /// <summary>Image sizes that can hold a supported scheme (3F also takes other multiples of 2 KiB).</summary>
    public const string AcceptedSizes = "2048, 4096, 8192, 12288, 16384 or 32768 bytes (or a multiple of 2048 for a 3F cartridge)";

    /// <summary>ROMs whose scheme ALE takes from their MD5 rather than from auto-detection.</summary>
    private static readonly Dictionary<string, string> SchemeByMd5 = new()
    {
        ["bc24440b59092559a1ec26055fd1270e"] = "F8 swapped",
        ["75ee371ccfc4f43e7d9b8f24e1266b55"] = "F8 swapped",
        ["52a0003efb3b1c49fcde4dbc2c685d8f"] = "2K",   // Surround (1978) (Atari) [a1]
        ["5bcc83677d68f7ef74c1b4a0697ba2a8"] = "4K",   // Ice Hockey (1981) (Activision) [o1]
        ["6dda84fb8e442ecf34241ac0d1d91d69"] = "F6SC", // Dig Dug (1983) (Atari)
    };

    private static readonly HashSet<string> UnsupportedSchemes = ["AR", "CV", "DPC", "3E", "UA", "MB", "MC"];

    /// <summary>Detects the scheme of <paramref name="image"/>; <paramref name="romName"/> only names it in errors.</summary>
    public static CartridgeType Detect(ReadOnlySpan<byte> image, string romName)
    {
        string? scheme = SchemeByMd5.GetValueOrDefault(Convert.ToHexStringLower(MD5.HashData(image))) ?? StellaScheme(image);
        if (scheme is null)
        {
            throw new InvalidRomException(romName,
                $"ROM '{romName}' has {image.Length} bytes, which is not a cartridge size SamRL can use; expected {AcceptedSizes}.");
        }

        if (UnsupportedSchemes.Contains(scheme))
        {
            throw new InvalidRomException(romName,
                $"ROM '{romName}' ({image.Length} bytes) looks like a {scheme} cartridge, a bank-switching scheme SamRL " +
                $"does not emulate. Supported: {SupportedNames}; pass one explicitly to override the detection.");
        }

        return Parse(scheme);
    }

    /// <summary>Stella's choice by size and content, as its scheme name; null when no scheme fits the size.</summary>
    private static string? StellaScheme(ReadOnlySpan<byte> image) => image.Length switch
    {
        0 => null,
        _ when image.Length % 8448 == 0 => "AR",
        2048 => IsProbablyCv(image) ? "CV" : "2K",
        4096 when image[..2048].SequenceEqual(image[2048..]) => IsProbablyCv(image) ? "CV" : "2K",
        4096 => IsProbablyCv(image) ? "CV" : "4K",
        8192 => IsProbablySuperchip(image) ? "F8SC"
            : image[..4096].SequenceEqual(image[4096..]) ? "4K"
            : IsProbablyE0(image) ? "E0"
            : IsProbably3E(image) ? "3E"
            : IsProbably3F(image) ? "3F"
            : IsProbablyUa(image) ? "UA"
            : IsProbablyFe(image) ? "FE"
            : "F8",
        10240 or 10495 or 10496 => "DPC",
        12288 => "FASC",
        16384 => IsProbablySuperchip(image) ? "F6SC"
            : IsProbablyE7(image) ? "E7"
            : IsProbably3E(image) ? "3E"
            : IsProbably3F(image) ? "3F"
            : "F6",
        32768 => IsProbablySuperchip(image) ? "F4SC"
            : IsProbably3E(image) ? "3E"
            : IsProbably3F(image) ? "3F"
            : "F4",
        65536 => IsProbably3E(image) ? "3E" : IsProbably3F(image) ? "3F" : "MB",
        131072 => IsProbably3E(image) ? "3E" : IsProbably3F(image) ? "3F" : "MC",
        _ => IsProbably3E(image) ? "3E" : IsProbably3F(image) && image.Length % 2048 == 0 ? "3F" : null,
    };

    /// <summary>The names <see cref="Parse"/> accepts, for messages.</summary>
    public const string SupportedNames = "2K, 4K, F8, F8SC, F6, F6SC, F4, F4SC, E0, FE, 3F, E7, FA (or FASC), \"F8 swapped\"";

    /// <summary>Parses a scheme name (Stella's spelling, case-insensitive); <paramref name="optionName"/> names the setting in errors.</summary>
    public static CartridgeType Parse(string name, string optionName = "cartridge type")
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant() switch
        {
            "2K" => CartridgeType.TwoK,
            "4K" => CartridgeType.FourK,
            "F8" => CartridgeType.F8,
            "F8 SWAPPED" or "F8SWAPPED" => CartridgeType.F8Swapped,
            "F8SC" => CartridgeType.F8SC,
            "F6" => CartridgeType.F6,
            "F6SC" => CartridgeType.F6SC,
            "F4" => CartridgeType.F4,
            "F4SC" => CartridgeType.F4SC,
            "E0" => CartridgeType.E0,
            "FE" => CartridgeType.FE,
            "3F" => CartridgeType.ThreeF,
            "E7" => CartridgeType.E7,
            "FA" or "FASC" => CartridgeType.FA,
            _ => throw new ArgumentException(
                $"Unknown {optionName} '{name}'; expected one of {SupportedNames}.", nameof(name)),
        };
    }

    /// <summary>
    /// Stella's <c>searchForBytes</c>: counts non-overlapping occurrences of <paramref name="signature"/> among the
    /// windows starting before <c>image.Length - signature.Length</c> (so a signature at the very end is not seen).
    /// </summary>
    private static bool ContainsSignature(ReadOnlySpan<byte> image, ReadOnlySpan<byte> signature, int minimumHits)
    {
        if (signature.Length > image.Length)
        {
            return false;
        }

        int hits = 0;
        for (int i = 0; i < image.Length - signature.Length; i++)
        {
            if (image.Slice(i, signature.Length).SequenceEqual(signature))
            {
                hits++;
                i += signature.Length;
            }

            if (hits >= minimumHits)
            {
                break;
            }
        }

        return hits >= minimumHits;
    }

    /// <summary>Superchip carts are assumed to hold one repeated byte in the first 256 bytes of every 4 KiB bank.</summary>
    private static bool IsProbablySuperchip(ReadOnlySpan<byte> image)
    {
        for (int bank = 0; bank < image.Length / 4096; bank++)
        {
            ReadOnlySpan<byte> ramArea = image.Slice(bank * 4096, 256);
            if (ramArea.ContainsAnyExcept(ramArea[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsProbably3F(ReadOnlySpan<byte> image) => ContainsSignature(image, [0x85, 0x3F], 2);

    private static bool IsProbably3E(ReadOnlySpan<byte> image) => ContainsSignature(image, [0x85, 0x3E, 0xA9, 0x00], 1);

    private static bool IsProbablyE0(ReadOnlySpan<byte> image) =>
        ContainsSignature(image, [0x8D, 0xE0, 0x1F], 1) || ContainsSignature(image, [0x8D, 0xE0, 0x5F], 1)
        || ContainsSignature(image, [0x8D, 0xE9, 0xFF], 1) || ContainsSignature(image, [0xAD, 0xE9, 0xFF], 1)
        || ContainsSignature(image, [0xAD, 0xED, 0xFF], 1) || ContainsSignature(image, [0xAD, 0xF3, 0xBF], 1);

    /// <summary>
    /// E7 carts keep their 256-byte RAM banks at image $3800–$39FF, assumed to hold one repeated byte, with
    /// something different in the 32 bytes before or after.
    /// </summary>
    private static bool IsProbablyE7(ReadOnlySpan<byte> image)
    {
        byte first = image[0x3800];
        if (image[0x3800..0x3A00].ContainsAnyExcept(first))
        {
            return false;
        }

        return image[(0x3800 - 32)..0x3800].ContainsAnyExcept(first) || image[0x3A00..(0x3A00 + 32)].ContainsAnyExcept(first);
    }

    private static bool IsProbablyUa(ReadOnlySpan<byte> image) => ContainsSignature(image, [0x8D, 0x40, 0x02], 1);

    private static bool IsProbablyCv(ReadOnlySpan<byte> image) =>
        ContainsSignature(image, [0x9D, 0xFF, 0xF3], 1) || ContainsSignature(image, [0x99, 0x00, 0xF4], 1);

    private static bool IsProbablyFe(ReadOnlySpan<byte> image) =>
        ContainsSignature(image, [0x20, 0x00, 0xD0, 0xC6, 0xC5], 1) || ContainsSignature(image, [0x20, 0xC3, 0xF8, 0xA5, 0x82], 1)
        || ContainsSignature(image, [0xD0, 0xFB, 0x20, 0x73, 0xFE], 1) || ContainsSignature(image, [0x20, 0x00, 0xF0, 0x84, 0xD6], 1);
}
