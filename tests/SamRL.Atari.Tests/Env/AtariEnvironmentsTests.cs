using SamRL.Atari.Env;
using SamRL.Atari.Games;
using SamRL.Atari.Tests.Roms;
using SamRL.Environments.Registry;

namespace SamRL.Atari.Tests.Env;

/// <summary>The registry ids of every game and what their presets build.</summary>
public sealed class AtariEnvironmentsTests : IDisposable
{
    private readonly RomTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Every_game_is_registered_as_v5_ale_v5_and_noframeskip_v4()
    {
        var registry = new EnvRegistry();
        AtariEnvironments.Register(registry);

        foreach (GameDefinition game in GameTable.Games)
        {
            Assert.True(registry.Contains($"{game.IdName}-v5"));
            Assert.True(registry.Contains($"ALE/{game.IdName}-v5"));
            Assert.True(registry.Contains($"{game.IdName}NoFrameskip-v4"));
        }

        Assert.Equal(3 * GameTable.Games.Count, registry.Specs.Count);
        Assert.True(registry.Contains("SpaceInvadersNoFrameskip-v4"));
    }

    [Fact]
    public void Noframeskip_v4_steps_one_frame_without_sticky_actions_and_takes_options()
    {
        string rom = folder.Write("pong.bin", ProbeRom.Image());
        var registry = new EnvRegistry();
        AtariEnvironments.Register(registry);

        using var env = registry.Make<byte, int>("PongNoFrameskip-v4", EnvOptions.Empty.With("rom", rom).With("obs_type", "ram"));
        var atari = Assert.IsType<AtariEnv>(env);
        env.Reset();
        var step = env.Step(0);

        Assert.Equal("PongNoFrameskip-v4", env.ToString());
        Assert.Equal([128], env.ObservationSpace.Shape.Dimensions.ToArray());
        Assert.Equal(1, step.Info.EpisodeFrameNumber);
        Assert.Equal((1, 0.0, 108_000L), (atari.Options.FrameSkip, atari.Options.RepeatActionProbability, atari.Options.MaxNumFramesPerEpisode));
        Assert.Equal(6, atari.ActionMeanings.Count);
    }

    [Fact]
    public void V5_finds_the_rom_in_rom_dir_and_uses_frameskip_4_and_sticky_actions()
    {
        folder.Write("roms/boxing.bin", ProbeRom.Image());
        var registry = new EnvRegistry();
        AtariEnvironments.Register(registry);

        using var env = registry.Make<byte, int>("ALE/Boxing-v5", EnvOptions.Empty.With("rom_dir", Path.Combine(folder.Path, "roms")).With("difficulty", 3));
        var atari = Assert.IsType<AtariEnv>(env);

        Assert.Equal((4, 0.25, 108_000L, (int?)3), (atari.Options.FrameSkip, atari.Options.RepeatActionProbability, atari.Options.MaxNumFramesPerEpisode, atari.Options.Difficulty));
        Assert.Equal(18, atari.ActionMeanings.Count);
        Assert.Equal([210, 160, 3], env.ObservationSpace.Shape.Dimensions.ToArray());
    }

    [Fact]
    public void Open_pong_ids_play_the_embedded_rom_without_a_rom_folder()
    {
        var registry = new EnvRegistry();
        AtariEnvironments.Register(registry);

        using var env = registry.Make<byte, int>("OpenPongNoFrameskip-v4", EnvOptions.Empty.With("rom_dir", folder.Path));
        var atari = Assert.IsType<AtariEnv>(env);
        env.Reset(1);

        Assert.Equal(SamRL.Atari.Roms.OpenPong.Md5, atari.Ale.Rom.Md5);
        Assert.Equal(6, atari.ActionMeanings.Count);
    }

    [Fact]
    public void A_bad_observation_type_names_the_option()
    {
        string rom = folder.Write("pong.bin", ProbeRom.Image());
        var registry = new EnvRegistry();
        AtariEnvironments.Register(registry);

        var error = Assert.Throws<ArgumentException>(() => registry.Make<byte, int>("Pong-v5", EnvOptions.Empty.With("rom", rom).With("obs_type", "pixels")));
        Assert.Contains("obs_type", error.Message);
        Assert.Contains("Pong-v5", error.Message);
    }
}
