using System.Security.Cryptography;
using SamRL.Atari.Machine.Cartridges;
using SamRL.Atari.Roms;
using SamRL.Atari.Tests.Env;

namespace SamRL.Atari.Tests.Roms;

/// <summary>Reading and identifying ROM files: one clear error per unusable file; MD5 identification.</summary>
public sealed class AtariRomTests : IDisposable
{
    private readonly RomTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void An_empty_file_is_rejected_naming_it_and_the_accepted_sizes() =>
        AssertRejected(folder.Write("empty.bin", []), "empty");

    [Fact]
    public void A_file_of_a_wrong_size_is_rejected() =>
        AssertRejected(folder.Write("odd.bin", new byte[1000]), "1000 bytes");

    [Fact]
    public void A_huge_file_is_rejected() =>
        AssertRejected(folder.Write("huge.bin", new byte[RomFile.MaximumSize + 1]), "more than any cartridge");

    [Fact]
    public void A_directory_is_rejected() => AssertRejected(folder.Path, "directory");

    [Fact]
    public void A_missing_file_is_rejected() => AssertRejected(System.IO.Path.Combine(folder.Path, "missing.bin"), "cannot be read");

    [Fact]
    public void An_unknown_md5_without_a_game_name_is_refused_with_the_digest()
    {
        byte[] image = ProbeRom.Image();
        string path = folder.Write("probe.bin", image);

        var error = Assert.Throws<UnknownRomException>(() => AtariRom.Load(path));
        string md5 = Convert.ToHexStringLower(MD5.HashData(image));
        Assert.Equal(md5, error.Md5);
        Assert.Contains(md5, error.Message);
        Assert.Contains("name the game", error.Message);
    }

    [Fact]
    public void An_unknown_md5_runs_under_a_named_game_with_a_warning()
    {
        string path = folder.Write("probe.bin", ProbeRom.Image());
        var rom = AtariRom.Load(path, "Pong");

        Assert.Equal("pong", rom.Game.Name);
        Assert.NotNull(rom.Warning);
        Assert.Contains("60e0ea3cbe0913d39803477945e9e5ec", rom.Warning);
    }

    [Fact]
    public void An_unknown_game_name_is_rejected()
    {
        string path = folder.Write("probe.bin", ProbeRom.Image());
        Assert.Contains("Unknown game 'qix'", Assert.Throws<ArgumentException>(() => AtariRom.Load(path, "qix")).Message);
    }

    private static void AssertRejected(string path, string reason)
    {
        var error = Assert.Throws<InvalidRomException>(() => AtariRom.Load(path, "pong"));
        Assert.Contains(path, error.Message);
        Assert.Contains(reason, error.Message);
        Assert.Contains("2048, 4096, 8192", error.Message);
    }
}
