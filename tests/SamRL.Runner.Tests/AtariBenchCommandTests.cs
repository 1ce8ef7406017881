using System.Text.Json;

namespace SamRL.Runner.Tests;

/// <summary><c>atari bench</c>: the JSON fields and option checks (speed itself is machine-dependent).</summary>
public sealed class AtariBenchCommandTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("none")]
    [InlineData("copy")]
    [InlineData("rgb")]
    [InlineData("gray")]
    public void Json_reports_the_frames_timed_on_one_thread(string screen)
    {
        string rom = AtariCommandRunner.WriteOpenPong(folder);

        var (exit, output, error) = AtariCommandRunner.Run("atari", "bench", "--rom", rom, "--frames", "200", "--screen", screen, "--runs", "3", "--json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("open-pong", root.GetProperty("game").GetString());
        Assert.Equal(screen, root.GetProperty("screen").GetString());
        Assert.Equal(200, root.GetProperty("frames").GetInt64());
        Assert.Equal(1, root.GetProperty("threads").GetInt32());
        Assert.Equal(3, root.GetProperty("runs").GetInt32());
        Assert.True(root.GetProperty("fps").GetDouble() > 0);
        Assert.True(root.GetProperty("emulated_fps").GetDouble() >= root.GetProperty("fps").GetDouble());
        Assert.Equal(21682, root.GetProperty("ale_pong_fps").GetDouble());
    }

    [Fact]
    public void Two_threads_play_two_consoles_whose_frames_are_those_of_two_single_runs_with_consecutive_seeds()
    {
        string rom = AtariCommandRunner.WriteOpenPong(folder);
        JsonElement Bench(params string[] extra)
        {
            var (exit, output, error) = AtariCommandRunner.Run(["atari", "bench", "--rom", rom, "--frames", "20000", "--runs", "1", "--json", .. extra]);
            Assert.Equal(0, exit);
            Assert.Equal("", error);
            return JsonDocument.Parse(output).RootElement.Clone();
        }

        var first = Bench("--action-seed", "7");
        var second = Bench("--action-seed", "8");
        var both = Bench("--action-seed", "7", "--threads", "2");

        Assert.Equal(2, both.GetProperty("threads").GetInt32());
        Assert.Equal(40000, both.GetProperty("frames").GetInt64());
        Assert.True(first.GetProperty("episodes").GetInt32() > 0, "the runs must include game overs and resets");
        long Emulated(JsonElement run) => run.GetProperty("emulated_frames").GetInt64();
        Assert.NotEqual(Emulated(first), Emulated(second));
        Assert.Equal(Emulated(first) + Emulated(second), Emulated(both));
        Assert.Equal(first.GetProperty("episodes").GetInt32() + second.GetProperty("episodes").GetInt32(), both.GetProperty("episodes").GetInt32());
        // Both figures are printed rounded to 0.1, so half of one can differ from the other by up to 0.1.
        Assert.Equal(both.GetProperty("fps").GetDouble() / 2, both.GetProperty("fps_per_thread").GetDouble(), tolerance: 0.1);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void A_rom_that_halts_the_cpu_is_one_error_naming_the_rom_on_any_number_of_threads(string threads)
    {
        // A 4 KB ROM of jam opcodes ($02) whose reset vector points into itself: the CPU halts on its first instruction.
        var bytes = Enumerable.Repeat((byte)0x02, 4096).ToArray();
        bytes[0xFFC] = 0x00;
        bytes[0xFFD] = 0xF0;
        string rom = folder.Combine("jam.bin");
        File.WriteAllBytes(rom, bytes);

        var (exit, _, error) = AtariCommandRunner.Run("atari", "bench", "--rom", rom, "--game", "pong", "--frames", "100", "--threads", threads);

        Assert.Equal(2, exit);
        string line = error.TrimEnd('\n').Split('\n')[^1];
        Assert.Contains("jam.bin", line);
        Assert.Contains("halted", line);
    }

    [Theory]
    [InlineData("--threads", "0", "--threads must be between 1 and 256")]
    [InlineData("--frames", "0", "--frames must be at least 1")]
    [InlineData("--screen", "png", "--screen must be none, copy, rgb or gray")]
    [InlineData("--runs", "0", "--runs must be at least 1")]
    public void Bad_options_get_one_error_line(string option, string value, string message)
    {
        string rom = AtariCommandRunner.WriteOpenPong(folder);

        var (exit, _, error) = AtariCommandRunner.Run("atari", "bench", "--rom", rom, option, value);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }
}
