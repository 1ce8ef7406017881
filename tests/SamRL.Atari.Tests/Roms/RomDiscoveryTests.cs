using SamRL.Atari.Games;
using SamRL.Atari.Roms;
using SamRL.Atari.Tests.Env;

namespace SamRL.Atari.Tests.Roms;

/// <summary>Search order, identification by name when the MD5 is unknown, and the report.</summary>
public sealed class RomDiscoveryTests : IDisposable
{
    private readonly RomTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_first_folder_holding_the_game_wins()
    {
        string first = folder.Write("first/pong.bin", ProbeRom.Image());
        folder.Write("second/pong.bin", ProbeRom.Image());
        var discovery = new RomDiscovery(
        [
            new RomFolder(Path.Combine(folder.Path, "absent"), RomSource.RomDirectoryOption),
            new RomFolder(Path.Combine(folder.Path, "first"), RomSource.EnvironmentVariable),
            new RomFolder(Path.Combine(folder.Path, "second"), RomSource.AlePy),
        ]);

        var rom = discovery.FindGame(GameTable.Find("pong"));

        Assert.Equal(first, rom.Name);
        Assert.NotNull(rom.Warning);
    }

    [Fact]
    public void A_missing_game_names_every_folder_searched()
    {
        var discovery = new RomDiscovery([new RomFolder(folder.Path, RomSource.RomDirectoryOption)]);

        var error = Assert.Throws<FileNotFoundException>(() => discovery.FindGame(GameTable.Find("freeway")));
        Assert.Contains(folder.Path, error.Message);
        Assert.Contains("SAMRL_ROM_DIR", error.Message);
    }

    [Fact]
    public void An_explicit_path_bypasses_the_search()
    {
        string path = folder.Write("anything.a26", ProbeRom.Image());
        var rom = new RomDiscovery([]).FindGame(GameTable.Find("boxing"), path);

        Assert.Equal(path, rom.Name);
        Assert.Equal("boxing", rom.Game.Name);
    }

    [Fact]
    public void The_report_lists_each_rom_file_with_its_md5_and_problems()
    {
        folder.Write("roms/breakout.bin", ProbeRom.Image());
        folder.Write("roms/broken.bin", new byte[100]);
        folder.Write("roms/readme.txt", [1, 2, 3]);
        var discovery = new RomDiscovery(
        [
            new RomFolder(Path.Combine(folder.Path, "roms"), RomSource.EnvironmentVariable),
            new RomFolder(Path.Combine(folder.Path, "nowhere"), RomSource.AutoRom),
        ]);

        var report = discovery.Scan();

        Assert.True(report[0].Exists);
        Assert.False(report[1].Exists);
        Assert.Equal(2, report[0].Files.Count);
        var broken = report[0].Files.Single(file => file.Path.EndsWith("broken.bin", StringComparison.Ordinal));
        Assert.Contains("100 bytes", broken.Problem);
        var named = report[0].Files.Single(file => file.Path.EndsWith("breakout.bin", StringComparison.Ordinal));
        Assert.Null(named.Game);
        Assert.Equal("breakout", named.NamedGame?.Name);
        Assert.Equal(32, named.Md5?.Length);
        Assert.Contains("runs as breakout with a warning", named.Describe());
    }

    [Fact]
    public void The_standard_search_starts_with_the_rom_dir_then_the_environment_variable()
    {
        var discovery = RomDiscovery.FromEnvironment(folder.Path);

        Assert.Equal(new RomFolder(folder.Path, RomSource.RomDirectoryOption), discovery.Folders[0]);
        string? variable = Environment.GetEnvironmentVariable(RomDiscovery.EnvironmentVariable);
        if (!string.IsNullOrEmpty(variable))
        {
            Assert.Equal(new RomFolder(variable, RomSource.EnvironmentVariable), discovery.Folders[1]);
        }

        Assert.All(discovery.Folders.Skip(1).Where(found => found.Source is RomSource.AlePy or RomSource.AutoRom),
            found => Assert.EndsWith("roms", found.Path, StringComparison.Ordinal));
    }
}
