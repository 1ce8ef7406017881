using SamRL.Atari.Games;

namespace SamRL.Atari.Roms;

/// <summary>What <see cref="RomDiscovery"/> made of one file in a ROM folder.</summary>
/// <param name="Path">The file.</param>
/// <param name="Md5">Its MD5 (lower-case hex), or null when it could not be read as a cartridge.</param>
/// <param name="Game">The game its MD5 identifies, or null.</param>
/// <param name="NamedGame">The game its file name names (e.g. <c>pong.bin</c>), or null.</param>
/// <param name="Problem">Why it is not usable (unreadable, wrong size), or null.</param>
public sealed record RomFileReport(string Path, string? Md5, GameDefinition? Game, GameDefinition? NamedGame, string? Problem)
{
    /// <summary>One line for listings: the file, its game and how it was identified.</summary>
    public string Describe() => (Problem, Game, NamedGame) switch
    {
        ({ } problem, _, _) => $"{Path}: not usable ({problem})",
        (null, { } game, _) => $"{Path}: {game.Name} (md5 {Md5})",
        (null, null, { } named) => $"{Path}: unknown md5 {Md5}; its name says {named.Name} (runs as {named.Name} with a warning)",
        _ => $"{Path}: unknown md5 {Md5}",
    };
}
