using SamRL.Atari.Games;

namespace SamRL.Atari.Roms;

/// <summary>A usable cartridge image whose MD5 is not in the <see cref="GameTable"/>, run without naming its game.</summary>
public sealed class UnknownRomException : Exception
{
    /// <summary>Creates the exception for the ROM <paramref name="romName"/> with digest <paramref name="md5"/>.</summary>
    public UnknownRomException(string romName, string md5)
        : base($"ROM '{romName}' (md5 {md5}) is not in SamRL's game table; name the game to run it anyway " +
               $"(known games: {string.Join(", ", GameTable.Games.Select(game => game.Name))}).")
    {
        RomName = romName;
        Md5 = md5;
    }

    /// <summary>The file path or label of the ROM.</summary>
    public string RomName { get; }

    /// <summary>Its MD5, lower-case hex.</summary>
    public string Md5 { get; }
}
