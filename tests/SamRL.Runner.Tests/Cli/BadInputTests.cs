using SamRL.Runner.Cli;

namespace SamRL.Runner.Tests.Cli;

// Each case runs the real program: one line on stderr, the documented exit code, no stack trace, nothing written.
public class BadInputTests
{
    [Fact]
    public void Unknown_option_is_one_line_and_exit_code_2()
    {
        using var folder = new TempDirectory();

        var (code, _, error) = RunnerProcess.Run(folder.Path, "pong", "--frame-skip", "4");

        Assert.Equal(ExitCodes.BadInput, code);
        AssertOneLine(error, "--frame-skip");
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Non_numeric_value_names_the_option()
    {
        using var folder = new TempDirectory();

        var (code, _, error) = RunnerProcess.Run(folder.Path, "pong", "--workers", "many");

        Assert.Equal(ExitCodes.BadInput, code);
        AssertOneLine(error, "--workers");
    }

    [Fact]
    public void Out_of_range_value_names_the_option_and_what_it_expects()
    {
        using var folder = new TempDirectory();

        var (code, _, error) = RunnerProcess.Run(folder.Path, "pong", "--sticky", "2");

        Assert.Equal(ExitCodes.BadInput, code);
        AssertOneLine(error, "--sticky");
        Assert.Contains("probability", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Unknown_game_lists_the_known_ones()
    {
        using var folder = new TempDirectory();

        var (code, _, error) = RunnerProcess.Run(folder.Path, "pongg", "--frameskip", "32", "--workers", "16");

        Assert.Equal(ExitCodes.BadInput, code);
        AssertOneLine(error, "unknown game 'pongg'");
        Assert.Contains("breakout", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Missing_rom_says_where_we_looked_and_how_to_get_one()
    {
        using var folder = new TempDirectory();
        var emptyRoms = folder.Combine("roms");
        Directory.CreateDirectory(emptyRoms);

        var (code, _, error) = RunnerProcess.Run(folder.Path, "breakout", "--rom-dir", emptyRoms);

        Assert.Equal(ExitCodes.BadInput, code);
        AssertOneLine(error, "missing ROM");
        Assert.Contains(emptyRoms, error);
        Assert.Contains("--rom", error);
        Assert.Equal([emptyRoms], Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void A_rom_file_that_is_not_a_rom_is_reported()
    {
        using var folder = new TempDirectory();
        var rom = folder.Combine("breakout.bin");
        File.WriteAllBytes(rom, new byte[3]);

        var (code, _, error) = RunnerProcess.Run(folder.Path, "breakout", "--rom", rom);

        Assert.Equal(ExitCodes.BadInput, code);
        AssertOneLine(error, rom);
    }

    [Fact]
    public void Unknown_environment_id_suggests_close_ones()
    {
        using var folder = new TempDirectory();

        var (code, _, error) = RunnerProcess.Run(folder.Path, "SamRL/AssociativeRetreival-v0");

        Assert.Equal(ExitCodes.BadInput, code);
        AssertOneLine(error, "SamRL/AssociativeRetrieval-v0");
    }

    [Fact]
    public void Corrupt_config_file_is_reported_and_left_alone()
    {
        using var folder = new TempDirectory();
        var config = folder.Combine("settings.json");
        File.WriteAllText(config, "{ \"game\": \"pong\", \"workers\": ");

        var (code, _, error) = RunnerProcess.Run(folder.Path, "--config", config);

        Assert.Equal(ExitCodes.BadInput, code);
        AssertOneLine(error, config);
        Assert.Equal("{ \"game\": \"pong\", \"workers\": ", File.ReadAllText(config));
        Assert.Equal([config], Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Bench_agent_refuses_zero_runs()
    {
        using var folder = new TempDirectory();

        var (code, output, error) = RunnerProcess.Run(folder.Path, "bench", "agent", "--runs", "0", "--json");

        Assert.Equal(ExitCodes.BadInput, code);
        AssertOneLine(error, "--runs");
        Assert.Empty(output);
    }

    private static void AssertOneLine(string error, string mentions)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0]);
        Assert.Contains(mentions, lines[0]);
        Assert.DoesNotContain("   at ", error);
    }
}
