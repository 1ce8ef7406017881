using SamRL.Atari.Env;
using SamRL.Atari.Games;

namespace SamRL.Atari.Tests.Env;

/// <summary>Gymnasium semantics of <see cref="AtariEnv"/> (ALE_REFERENCE §10) on the probe ROM.</summary>
public sealed class AtariEnvTests
{
    [Fact]
    public void A_step_repeats_the_action_for_frameskip_frames_and_sums_their_rewards()
    {
        using var env = new AtariEnv(ProbeRom.Rom(ProbeRom.Joystick()), new AtariEnvOptions { FrameSkip = 4, RepeatActionProbability = 0 });
        env.Reset();
        var step = env.Step(2);

        Assert.Equal(4.0, step.Reward);
        Assert.Equal(4, step.Info.EpisodeFrameNumber);
        Assert.Equal(4, step.Info.FrameNumber);
        Assert.Equal(0xEF, env.Ale.Ram[ProbeRom.Swcha - 0x80]);
    }

    [Fact]
    public void The_game_ending_inside_a_step_stops_emulation_and_reports_terminated()
    {
        // 68 frames after the reset; the rules end the game at 74, i.e. on the 2nd frame of the 2nd step.
        using var env = new AtariEnv(ProbeRom.Rom(ProbeRom.Joystick(terminalAtFrame: 74)), new AtariEnvOptions { FrameSkip = 4, RepeatActionProbability = 0 });
        env.Reset();
        Assert.Equal(4.0, env.Step(0).Reward);
        var last = env.Step(0);

        Assert.Equal(2.0, last.Reward);
        Assert.True(last.Terminated);
        Assert.False(last.Truncated);
        Assert.Equal(6, last.Info.EpisodeFrameNumber);
        Assert.Throws<InvalidOperationException>(() => env.Step(0));
    }

    [Fact]
    public void The_frame_limit_truncates_inside_a_step()
    {
        using var env = new AtariEnv(ProbeRom.Rom(ProbeRom.Joystick()), new AtariEnvOptions { FrameSkip = 4, MaxNumFramesPerEpisode = 10 });
        env.Reset();
        env.Step(0);
        Assert.False(env.Step(0).IsDone);
        var last = env.Step(0);

        Assert.True(last.Truncated);
        Assert.False(last.Terminated);
        Assert.Equal(2.0, last.Reward);
        Assert.Equal(10, last.Info.EpisodeFrameNumber);
    }

    [Fact]
    public void Stepping_before_reset_or_with_a_bad_index_throws()
    {
        using var env = new AtariEnv(ProbeRom.Rom(ProbeRom.Joystick()));
        Assert.Throws<InvalidOperationException>(() => env.Step(0));
        env.Reset();
        Assert.Throws<ArgumentOutOfRangeException>(() => env.Step(4));
    }

    [Fact]
    public void Minimal_and_full_action_sets_map_indices_to_ale_ids_with_their_names()
    {
        using var minimal = new AtariEnv(ProbeRom.Rom(ProbeRom.Joystick()));
        using var full = new AtariEnv(ProbeRom.Rom(ProbeRom.Joystick()), new AtariEnvOptions { FullActionSpace = true });

        Assert.Equal(["NOOP", "FIRE", "UP", "DOWN"], minimal.ActionMeanings);
        Assert.Equal([0, 1, 2, 5], minimal.ActionSet);
        Assert.Equal("Discrete(4)", minimal.ActionSpace.ToString());
        Assert.Equal(18, full.ActionMeanings.Count);
        Assert.Equal("DOWNLEFTFIRE", full.ActionMeanings[17]);
    }

    [Fact]
    public void Observations_are_the_screen_through_the_palette_or_the_ram()
    {
        var rom = ProbeRom.Rom(ProbeRom.Joystick());
        using var rgb = new AtariEnv(rom, new AtariEnvOptions { ObservationType = AtariObservationType.Rgb });
        using var gray = new AtariEnv(rom, new AtariEnvOptions { ObservationType = AtariObservationType.Grayscale });
        using var ram = new AtariEnv(rom, new AtariEnvOptions { ObservationType = AtariObservationType.Ram });
        using var indices = new AtariEnv(rom, new AtariEnvOptions { ObservationType = AtariObservationType.PaletteIndices });

        var rgbObservation = rgb.Reset().Observation.ToArray();
        var screen = rgb.Ale.Screen;
        Assert.Equal([210, 160, 3], rgb.ObservationSpace.Shape.Dimensions.ToArray());
        for (int pixel = 0; pixel < screen.Length; pixel++)
        {
            uint color = rgb.Ale.Palette.Rgb(screen[pixel]);
            Assert.Equal((byte)(color >> 16), rgbObservation[3 * pixel]);
            Assert.Equal((byte)(color >> 8), rgbObservation[(3 * pixel) + 1]);
            Assert.Equal((byte)color, rgbObservation[(3 * pixel) + 2]);
        }

        var grayObservation = gray.Reset().Observation.ToArray();
        Assert.Equal([210, 160], gray.ObservationSpace.Shape.Dimensions.ToArray());
        for (int pixel = 0; pixel < screen.Length; pixel++)
        {
            Assert.Equal(gray.Ale.Palette.Gray(gray.Ale.Screen[pixel]), grayObservation[pixel]);
        }

        Assert.Equal(ram.Ale.Ram.ToArray(), ram.Reset().Observation.ToArray());
        Assert.Equal([128], ram.ObservationSpace.Shape.Dimensions.ToArray());
        Assert.Equal(indices.Ale.Screen.ToArray(), indices.Reset().Observation.ToArray());
    }

    [Fact]
    public void Reset_with_a_seed_is_a_power_on_and_reproduces_the_episode()
    {
        using var env = new AtariEnv(ProbeRom.Rom(ProbeRom.Joystick()));
        var first = Play(env, seed: 11);
        var consoleBefore = env.Ale.Console;
        var second = Play(env, seed: 11);

        Assert.NotSame(consoleBefore, env.Ale.Console);
        Assert.Equal(first, second);
        Assert.NotEqual(first, Play(env, seed: 12));
    }

    [Fact]
    public void A_new_environment_behaves_as_if_reset_with_seed_0()
    {
        using var fresh = new AtariEnv(ProbeRom.Rom(ProbeRom.Joystick()));
        using var seeded = new AtariEnv(ProbeRom.Rom(ProbeRom.Joystick()));

        Assert.Equal(Play(seeded, seed: 0), Play(fresh, seed: null));
    }

    [Fact]
    public void A_seeded_reset_runs_two_reset_sequences_after_power_on_as_gymnasium()
    {
        using var env = new AtariEnv(ProbeRom.Rom(ProbeRom.Joystick()));
        env.Reset(3);

        Assert.Equal(60 + 68 + 68, env.Ale.Console.FrameNumber);
        Assert.Equal(0, env.Ale.FrameNumber);
    }

    [Fact]
    public void The_state_checksum_is_fnv1a_of_ram_then_screen()
    {
        using var env = new AtariEnv(ProbeRom.Rom(ProbeRom.Joystick()));
        env.Reset();
        ulong hash = 0xCBF29CE484222325UL;
        foreach (byte value in env.Ale.Ram.ToArray().Concat(env.Ale.Screen.ToArray()))
        {
            hash = (hash ^ value) * 0x100000001B3UL;
        }

        Assert.Equal(hash, env.ComputeStateChecksum());
    }

    [Fact]
    public void Presets_match_gymnasium()
    {
        Assert.Equal((4, 0.25, 108_000L, false), (AtariEnvOptions.V5.FrameSkip, AtariEnvOptions.V5.RepeatActionProbability, AtariEnvOptions.V5.MaxNumFramesPerEpisode, AtariEnvOptions.V5.FullActionSpace));
        Assert.Equal((1, 0.0, 108_000L), (AtariEnvOptions.NoFrameskipV4.FrameSkip, AtariEnvOptions.NoFrameskipV4.RepeatActionProbability, AtariEnvOptions.NoFrameskipV4.MaxNumFramesPerEpisode));
        Assert.Throws<ArgumentException>(() => new AtariEnv(ProbeRom.Rom(ProbeRom.Joystick()), new AtariEnvOptions { FrameSkip = 0 }));
    }

    private static string Play(AtariEnv env, ulong? seed)
    {
        env.Reset(seed);
        var trace = new List<string>();
        for (int step = 0; step < 40; step++)
        {
            var result = env.Step((step * 7) % 4);
            trace.Add($"{result.Reward}:{env.ComputeStateChecksum():x16}");
        }

        return string.Join(",", trace);
    }
}
