using System.Security.Cryptography;
using SamRL.Atari.Games;
using SamRL.Atari.Machine.Cartridges;

namespace SamRL.Atari.Roms;

/// <summary>
/// A cartridge image identified as a game of the <see cref="GameTable"/>. ROMs are identified by MD5; an image
/// whose MD5 the table does not list is accepted only when the caller names the game, and then carries a
/// <see cref="Warning"/> (ALE does the same: it loads a mismatched file by name and warns).
/// </summary>
public sealed class AtariRom
{
    private readonly byte[] image;

    private AtariRom(byte[] image, string name, string md5, GameDefinition game, string? warning)
    {
        this.image = image;
        Name = name;
        Md5 = md5;
        Game = game;
        Warning = warning;
    }

    /// <summary>The file path or label that names the ROM in messages.</summary>
    public string Name { get; }

    /// <summary>MD5 of the image, lower-case hex.</summary>
    public string Md5 { get; }

    /// <summary>The game whose settings and rules apply.</summary>
    public GameDefinition Game { get; }

    /// <summary>Why the identification is doubtful (unknown MD5 run under a named game), or null.</summary>
    public string? Warning { get; }

    /// <summary>The cartridge bytes.</summary>
    public ReadOnlySpan<byte> Image => image;

    /// <summary>
    /// Reads and identifies the ROM file at <paramref name="path"/>; <paramref name="gameName"/> names the game when
    /// the MD5 is unknown (or overrides the MD5's game, with a warning).
    /// </summary>
    /// <exception cref="InvalidRomException">The file is missing, a directory, unreadable, empty, too large, or not a cartridge size; the message names the file and the accepted sizes.</exception>
    /// <exception cref="UnknownRomException">The MD5 is not in the game table and no game was named.</exception>
    /// <exception cref="ArgumentException"><paramref name="gameName"/> is not a known game.</exception>
    public static AtariRom Load(string path, string? gameName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FromImage(RomFile.Read(path), path, gameName);
    }

    /// <summary>Identifies an image already in memory (e.g. an embedded ROM); same rules as <see cref="Load"/>.</summary>
    /// <exception cref="InvalidRomException">The image is not a cartridge size.</exception>
    /// <exception cref="UnknownRomException">The MD5 is not in the game table and no game was named.</exception>
    /// <exception cref="ArgumentException"><paramref name="gameName"/> is not a known game.</exception>
    public static AtariRom FromImage(ReadOnlySpan<byte> image, string name, string? gameName = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        RequireCartridgeSize(image, name);
        string md5 = Md5Of(image);
        GameDefinition? byMd5 = GameTable.FindByMd5(md5);
        GameDefinition? named = gameName is null ? null : GameTable.Find(gameName);
        if (named is null)
        {
            return byMd5 is null
                ? throw new UnknownRomException(name, md5)
                : new AtariRom(image.ToArray(), name, md5, byMd5, warning: null);
        }

        string? warning = named == byMd5 ? null : byMd5 is null
            ? $"ROM '{name}' (md5 {md5}) is not the revision SamRL knows for {named.Name} (md5 {named.Md5s[0]}); running it as {named.Name}, whose RAM map may not fit."
            : $"ROM '{name}' (md5 {md5}) is {byMd5.Name}, but it is run as {named.Name} as requested.";
        return new AtariRom(image.ToArray(), name, md5, named, warning);
    }

    /// <summary>
    /// Pairs an image with a game definition that need not be in the <see cref="GameTable"/> (a homebrew or test ROM with
    /// its own rules). No MD5 check: the caller vouches for the pairing.
    /// </summary>
    /// <exception cref="InvalidRomException">The image is empty, too large or not a cartridge size.</exception>
    public static AtariRom ForGame(ReadOnlySpan<byte> image, string name, GameDefinition game)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(game);
        RequireCartridgeSize(image, name);
        return new AtariRom(image.ToArray(), name, Md5Of(image), game, warning: null);
    }

    /// <summary>MD5 of <paramref name="image"/> as lower-case hex.</summary>
    public static string Md5Of(ReadOnlySpan<byte> image) => Convert.ToHexStringLower(MD5.HashData(image));

    /// <inheritdoc />
    public override string ToString() => $"{Game.Name} ({Name}, md5 {Md5})";

    private static void RequireCartridgeSize(ReadOnlySpan<byte> image, string name)
    {
        if (image.Length == 0)
        {
            throw new InvalidRomException(name, $"ROM '{name}' is empty; expected a cartridge image of {CartridgeDetector.AcceptedSizes}.");
        }

        if (image.Length > RomFile.MaximumSize)
        {
            throw new InvalidRomException(name,
                $"ROM '{name}' has {image.Length} bytes, more than any cartridge ({RomFile.MaximumSize} bytes); expected {CartridgeDetector.AcceptedSizes}.");
        }

        CartridgeDetector.Detect(image, name);
    }
}
