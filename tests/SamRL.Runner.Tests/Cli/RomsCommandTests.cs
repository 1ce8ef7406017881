using SamRL.Runner.Cli;

namespace SamRL.Runner.Tests.Cli;

public class RomsCommandTests
{
    [Fact]
    public void Lists_the_rom_dir_first_with_each_rom_file()
    {
        using var folder = new TempDirectory();
        File.WriteAllBytes(folder.Combine("mystery.bin"), new byte[2048]);
        File.WriteAllText(folder.Combine("notes.txt"), "not a ROM");

        var (code, output, error) = InProcessRunner.Run("roms", "--rom-dir", folder.Path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{folder.Path} [", lines[0]);
        Assert.Contains("1 ROM file(s)", lines[0]);
        Assert.StartsWith("  mystery.bin: ", lines[1]);
        Assert.DoesNotContain("notes.txt", output);
    }

    [Fact]
    public void The_embedded_open_pong_is_listed()
    {
        var (code, output, _) = InProcessRunner.Run("roms");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("embedded: open-pong (md5 ", output);
    }

    [Fact]
    public void A_missing_rom_dir_is_shown_as_missing()
    {
        using var folder = new TempDirectory();
        var missing = folder.Combine("nowhere");

        var (code, output, _) = InProcessRunner.Run("roms", "--rom-dir", missing);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"{missing} [", output);
        Assert.Contains("missing", output.Split('\n')[0]);
    }
}
