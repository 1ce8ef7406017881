using SamRL.Atari.Games;
using SamRL.Atari.Roms;

namespace SamRL.Atari.Tests.Games;

/// <summary>Third-party ROMs for tests that need them, from the folder in SAMRL_ROM_DIR (never committed).</summary>
internal static class RealRoms
{
    /// <summary>The ROM of <paramref name="game"/> in SAMRL_ROM_DIR, or null when the variable is unset or the folder lacks it.</summary>
    public static AtariRom? Find(string game)
    {
        string? folder = Environment.GetEnvironmentVariable(RomDiscovery.EnvironmentVariable);
        if (string.IsNullOrEmpty(folder))
        {
            return null;
        }

        try
        {
            return new RomDiscovery([new RomFolder(folder, RomSource.EnvironmentVariable)]).FindGame(GameTable.Find(game));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public static AtariRom Require(string game) => Find(game) ?? throw new InvalidOperationException($"No {game} ROM in SAMRL_ROM_DIR.");

    public static string? SkipReason(string game) =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable(RomDiscovery.EnvironmentVariable))
            ? $"SAMRL_ROM_DIR is not set; point it at a folder with the {game} ROM (md5 {GameTable.Find(game).Md5s[0]}) to run this test."
            : Find(game) is null ? $"SAMRL_ROM_DIR has no {game} ROM (md5 {GameTable.Find(game).Md5s[0]} or {game}.bin)." : null;
}
