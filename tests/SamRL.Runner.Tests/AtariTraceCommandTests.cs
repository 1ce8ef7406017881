using System.Text.Json;
using SamRL.Atari.Env;
using SamRL.Atari.Roms;

namespace SamRL.Runner.Tests;

/// <summary><c>atari trace</c>: the exact line format, and values checked against a direct replay.</summary>
public sealed class AtariTraceCommandTests : IDisposable
{
    private static readonly string[] StepKeys =
        ["kind", "step", "action", "reward", "game_over", "truncated", "lives", "episode_frame", "frame", "ram", "screen_fnv1a64"];

    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Random_trace_lines_have_ales_keys_and_match_a_direct_replay_with_splitmix64_actions()
    {
        string rom = AtariCommandRunner.WriteOpenPong(folder);
        string output = folder.Combine("trace.jsonl");

        var (exit, _, error) = AtariCommandRunner.Run("atari", "trace", "--rom", rom, "--steps", "200", "--policy", "random", "--out", output);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        string[] lines = File.ReadAllLines(output);
        Assert.Equal(201, lines.Length);
        var ale = new AleInterface(OpenPong.AsAtariRom(), new AleSettings { RepeatActionProbability = 0 });
        AssertState(lines[0], ["kind", "step", .. StepKeys[4..]], ale);
        ulong state = 12345;
        int[] minimal = [.. OpenPong.Game.MinimalActions];
        for (int step = 0; step < 200; step++)
        {
            state += 0x9E3779B97F4A7C15UL;
            ulong z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            int action = minimal[(int)(z % (ulong)minimal.Length)];
            int reward = ale.Act(action);

            using var line = JsonDocument.Parse(lines[step + 1]);
            Assert.Equal("step", line.RootElement.GetProperty("kind").GetString());
            Assert.Equal(step, line.RootElement.GetProperty("step").GetInt32());
            Assert.Equal(action, line.RootElement.GetProperty("action").GetInt32());
            Assert.Equal(reward, line.RootElement.GetProperty("reward").GetInt32());
            AssertState(lines[step + 1], StepKeys, ale);
        }
    }

    [Fact]
    public void A_game_over_is_followed_by_a_reset_line_with_the_next_step_and_a_new_episode()
    {
        string rom = AtariCommandRunner.WriteOpenPong(folder);
        string output = folder.Combine("trace.jsonl");

        Assert.Equal(0, AtariCommandRunner.Run("atari", "trace", "--rom", rom, "--steps", "3000", "--policy", "random", "--out", output).Exit);

        var lines = File.ReadAllLines(output).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        int over = Array.FindIndex(lines, line => line.GetProperty("kind").GetString() == "step" && line.GetProperty("game_over").GetBoolean());
        Assert.True(over > 0, "open-pong under random play ends a game within 3,000 frames.");
        var reset = lines[over + 1];
        Assert.Equal("reset", reset.GetProperty("kind").GetString());
        Assert.Equal(lines[over].GetProperty("step").GetInt32() + 1, reset.GetProperty("step").GetInt32());
        Assert.Equal(0, reset.GetProperty("episode_frame").GetInt64());
        Assert.False(reset.GetProperty("game_over").GetBoolean());
        Assert.Equal(lines[over].GetProperty("frame").GetInt64(), reset.GetProperty("frame").GetInt64());
    }

    [Fact]
    public void An_actions_file_with_sticky_actions_replays_like_ale_with_that_seed()
    {
        string rom = AtariCommandRunner.WriteOpenPong(folder);
        string actionsPath = folder.Combine("actions.txt");
        int[] actions = [.. Enumerable.Range(0, 60).Select(i => i % 3 == 0 ? 3 : i % 3 == 1 ? 4 : 1)];
        File.WriteAllText(actionsPath, "# actions\n" + string.Join("\n", actions.Select(a => a.ToString())));
        string output = folder.Combine("trace.jsonl");

        Assert.Equal(0, AtariCommandRunner.Run("atari", "trace", "--rom", rom, "--steps", "60", "--actions", actionsPath, "--sticky", "0.25", "--seed", "7", "--out", output).Exit);

        string[] lines = File.ReadAllLines(output);
        var ale = new AleInterface(OpenPong.AsAtariRom(), new AleSettings { RepeatActionProbability = 0.25, RandomSeed = 7 });
        for (int step = 0; step < 60; step++)
        {
            ale.Act(actions[step]);
            using var line = JsonDocument.Parse(lines[step + 1]);
            Assert.Equal(actions[step], line.RootElement.GetProperty("action").GetInt32());
            Assert.Equal(Convert.ToHexStringLower(ale.Ram), line.RootElement.GetProperty("ram").GetString());
        }
    }

    [Fact]
    public void Noop_is_the_default_policy()
    {
        string rom = AtariCommandRunner.WriteOpenPong(folder);
        string output = folder.Combine("trace.jsonl");

        Assert.Equal(0, AtariCommandRunner.Run("atari", "trace", "--rom", rom, "--steps", "20", "--out", output).Exit);

        Assert.All(File.ReadAllLines(output).Skip(1), line => Assert.Contains("\"action\":0,", line));
    }

    [Theory]
    [InlineData("missing", "cannot be read")]
    [InlineData("odd", "1000 bytes")]
    [InlineData("folder", "is a directory")]
    [InlineData("unknown", "Use --game NAME")]
    [InlineData("policy", "--policy must be noop or random")]
    [InlineData("sticky", "--sticky must be between 0 and 1")]
    [InlineData("steps", "--steps must be 0 or more")]
    [InlineData("actions", "holds 2 actions but --steps asks for 5")]
    [InlineData("badaction", "expected ALE action ids from 0 to 17")]
    [InlineData("game", "Unknown game 'qix'")]
    public void Bad_input_gets_one_error_line_and_exit_code_2(string problem, string message)
    {
        string openPong = AtariCommandRunner.WriteOpenPong(folder);
        string odd = folder.Combine("odd.bin");
        File.WriteAllBytes(odd, new byte[1000]);
        string unknown = folder.Combine("unknown.bin");
        File.WriteAllBytes(unknown, new byte[2048]);
        string actions = folder.Combine("actions.txt");
        File.WriteAllText(actions, problem == "badaction" ? "1 2 40" : "1 2");
        string output = folder.Combine("trace.jsonl");
        string[] args = problem switch
        {
            "missing" => ["--rom", folder.Combine("missing.bin"), "--steps", "5"],
            "odd" => ["--rom", odd, "--steps", "5"],
            "folder" => ["--rom", folder.Path, "--steps", "5"],
            "unknown" => ["--rom", unknown, "--steps", "5"],
            "policy" => ["--rom", openPong, "--steps", "5", "--policy", "greedy"],
            "sticky" => ["--rom", openPong, "--steps", "5", "--sticky", "1.5"],
            "steps" => ["--rom", openPong, "--steps", "-1"],
            "actions" or "badaction" => ["--rom", openPong, "--steps", "5", "--actions", actions],
            _ => ["--rom", unknown, "--game", "qix", "--steps", "5"],
        };

        var (exit, _, error) = AtariCommandRunner.Run(["atari", "trace", .. args, "--out", output]);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error);
        Assert.Contains(message, error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void An_unknown_rom_runs_under_a_named_game_with_a_warning()
    {
        string unknown = folder.Combine("unknown.bin");
        File.WriteAllBytes(unknown, OpenPong.Rom.ToArray().Reverse().ToArray());
        string output = folder.Combine("trace.jsonl");

        var (_, _, error) = AtariCommandRunner.Run("atari", "trace", "--rom", unknown, "--game", "open-pong", "--steps", "2", "--out", output);

        Assert.StartsWith("warning: ", error);
        Assert.Contains("open-pong", error);
    }

    private static void AssertState(string text, string[] keys, AleInterface ale)
    {
        using var line = JsonDocument.Parse(text);
        var root = line.RootElement;
        Assert.Equal(keys, root.EnumerateObject().Select(property => property.Name).ToArray());
        Assert.Equal(ale.IsGameOver, root.GetProperty("game_over").GetBoolean());
        Assert.Equal(ale.IsGameTruncated, root.GetProperty("truncated").GetBoolean());
        Assert.Equal(ale.Lives, root.GetProperty("lives").GetInt32());
        Assert.Equal(ale.EpisodeFrameNumber, root.GetProperty("episode_frame").GetInt64());
        Assert.Equal(ale.FrameNumber, root.GetProperty("frame").GetInt64());
        string ram = root.GetProperty("ram").GetString()!;
        Assert.Equal(256, ram.Length);
        Assert.Equal(string.Concat(ale.Ram.ToArray().Select(value => value.ToString("x2"))), ram);
        ulong hash = 0xCBF29CE484222325UL;
        foreach (byte value in ale.Screen)
        {
            hash = (hash ^ value) * 0x100000001B3UL;
        }

        Assert.Equal(210 * 160, ale.Screen.Length);
        Assert.Equal(hash.ToString("x16"), root.GetProperty("screen_fnv1a64").GetString());
    }
}
