using System.CommandLine;
using SamRL.Runner.Cli;
using SamRL.Runner.Training;

namespace SamRL.Runner.Tests.Training;

public class TrainOptionsTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var settings = Resolve("pong");

        Assert.Equal(new TrainSettings { Game = "pong" }, settings);
        Assert.Equal("stm", settings.Core);
        Assert.Equal(4, settings.FrameSkip);
        Assert.Equal(32, settings.Workers);
        Assert.Equal(1UL, settings.Seed);
        Assert.Null(settings.MaxFrames);
        Assert.Null(settings.MaxMinutes);
        Assert.Equal("runs", settings.RunsDirectory);
        Assert.Equal(0, settings.StickyActionProbability);
        Assert.Equal(100_000, settings.EvaluateEveryFrames);
        Assert.Equal("atari80", settings.Encoder);
        Assert.Null(settings.LstmSize);
        Assert.Equal(1e-4, settings.LearningRate);
    }

    [Fact]
    public void The_main_job_sets_frameskip_and_workers()
    {
        var settings = Resolve("pong", "--frameskip", "32", "--workers", "16");

        Assert.Equal(32, settings.FrameSkip);
        Assert.Equal(16, settings.Workers);
    }

    [Fact]
    public void Every_option_reaches_its_setting()
    {
        var settings = Resolve(
            "breakout", "--core", "lstm", "--frameskip", "0", "--workers", "3", "--seed", "9", "--max-frames", "1000",
            "--max-minutes", "2.5", "--rom", "b.bin", "--rom-dir", "roms", "--run-dir", "out", "--sticky", "0.25",
            "--eval-every", "500", "--checkpoint-minutes", "1", "--encoder", "universe42", "--lstm-size", "128", "--lr", "0.0003");

        var expected = new TrainSettings
        {
            Game = "breakout", Core = "lstm", FrameSkip = 0, Workers = 3, Seed = 9, MaxFrames = 1000, MaxMinutes = 2.5,
            Rom = "b.bin", RomDirectory = "roms", RunsDirectory = "out", StickyActionProbability = 0.25,
            EvaluateEveryFrames = 500, CheckpointMinutes = 1, Encoder = "universe42", LstmSize = 128, LearningRate = 3e-4,
        };
        Assert.Equal(expected, settings);
    }

    [Fact]
    public void Options_override_the_config_file_and_the_file_overrides_defaults()
    {
        using var folder = new TempDirectory();
        var config = folder.Combine("settings.json");
        File.WriteAllText(config, """{ "game": "pong", "frameSkip": 16, "workers": 8, "seed": 5 }""");

        var settings = Resolve("--config", config, "--workers", "2");

        Assert.Equal("pong", settings.Game);
        Assert.Equal(16, settings.FrameSkip);
        Assert.Equal(2, settings.Workers);
        Assert.Equal(5UL, settings.Seed);
        Assert.Equal("stm", settings.Core);
    }

    [Fact]
    public void A_saved_config_reads_back_as_the_same_settings()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("config.json");
        var settings = new TrainSettings { Game = "pong", MaxMinutes = 30, Rom = "/roms/pong.bin" };

        TrainSettingsFile.Save(path, settings);

        Assert.Equal(settings, TrainSettingsFile.Load(path));
    }

    [Theory]
    [InlineData("--frameskip", "-1", "--frameskip")]
    [InlineData("--workers", "0", "--workers")]
    [InlineData("--sticky", "1.5", "--sticky")]
    [InlineData("--max-frames", "0", "--max-frames")]
    [InlineData("--max-minutes", "-3", "--max-minutes")]
    [InlineData("--eval-every", "0", "--eval-every")]
    [InlineData("--lstm-size", "0", "--lstm-size")]
    [InlineData("--lr", "0", "--lr")]
    [InlineData("--lr", "-1e-4", "--lr")]
    public void Bad_values_name_their_option(string option, string value, string named)
    {
        var error = Assert.Throws<UserInputException>(() => Resolve("pong", option, value));

        Assert.StartsWith(named, error.Message);
    }

    [Fact]
    public void An_unknown_encoder_is_a_parse_error()
    {
        var parse = Parse("pong", "--encoder", "resnet");

        Assert.Contains(parse.Errors, error => error.Message.Contains("resnet", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_encoder_in_the_config_file_names_the_field()
    {
        using var folder = new TempDirectory();
        var config = folder.Combine("settings.json");
        File.WriteAllText(config, """{ "game": "pong", "encoder": "resnet" }""");

        var error = Assert.Throws<UserInputException>(() => Resolve("--config", config));

        Assert.Contains("\"encoder\"", error.Message);
        Assert.Contains("universe42", error.Message);
    }

    [Fact]
    public void An_unknown_core_is_a_parse_error()
    {
        var parse = Parse("pong", "--core", "gru");

        Assert.Contains(parse.Errors, error => error.Message.Contains("gru", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_field_in_the_config_file_is_reported_with_the_file()
    {
        using var folder = new TempDirectory();
        var config = folder.Combine("settings.json");
        File.WriteAllText(config, """{ "game": "pong", "frameskips": 16 }""");

        var error = Assert.Throws<UserInputException>(() => Resolve("--config", config));

        Assert.Contains(config, error.Message);
        Assert.Contains("frameskips", error.Message);
    }

    [Fact]
    public void A_missing_game_is_reported()
    {
        var error = Assert.Throws<UserInputException>(() => Resolve("--workers", "2"));

        Assert.StartsWith("<game>", error.Message);
    }

    [Fact]
    public void Resume_reads_the_run_config_and_accepts_new_limits_only()
    {
        using var folder = new TempDirectory();
        TrainSettingsFile.Save(folder.Combine("config.json"), new TrainSettings { Game = "pong", FrameSkip = 32, MaxFrames = 100 });

        var settings = Resolve("--resume", folder.Path, "--max-frames", "500");

        Assert.Equal(new TrainSettings { Game = "pong", FrameSkip = 32, MaxFrames = 500 }, settings);
        Assert.Contains("--frameskip", Assert.Throws<UserInputException>(() => Resolve("--resume", folder.Path, "--frameskip", "4")).Message);
        Assert.Contains("breakout", Assert.Throws<UserInputException>(() => Resolve("breakout", "--resume", folder.Path)).Message);
        Assert.Contains("--config", Assert.Throws<UserInputException>(() => Resolve("--resume", folder.Path, "--config", "x.json")).Message);
    }

    [Fact]
    public void Resume_of_a_folder_without_config_is_refused()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<UserInputException>(() => Resolve("--resume", folder.Path));

        Assert.Contains("config.json", error.Message);
    }

    private static ParseResult Parse(params string[] args)
    {
        var root = new RootCommand();
        var options = new TrainOptions();
        options.AddTo(root);
        return root.Parse(args);
    }

    private static TrainSettings Resolve(params string[] args)
    {
        var root = new RootCommand();
        var options = new TrainOptions();
        options.AddTo(root);
        var parse = root.Parse(args);
        Assert.Empty(parse.Errors);
        return options.Resolve(parse);
    }
}
