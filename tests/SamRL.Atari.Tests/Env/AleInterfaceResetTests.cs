using SamRL.Atari.Env;
using SamRL.Atari.Games;

namespace SamRL.Atari.Tests.Env;

/// <summary>The reset sequence of ALE_REFERENCE §2.2: frame counts, counters, mode selection.</summary>
public sealed class AleInterfaceResetTests
{
    private const int AutoDetectFrames = 60;

    [Fact]
    public void Load_without_mode_selection_runs_60_noop_and_8_reset_frames_after_auto_detect()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Joystick()));

        Assert.Equal(AutoDetectFrames + 60 + 8, ale.Console.FrameNumber);
        Assert.Equal(68, ale.Ram[ProbeRom.FrameCounter - 0x80]);
        Assert.Equal(0, ale.EpisodeFrameNumber);
        Assert.Equal(0, ale.FrameNumber);
    }

    [Fact]
    public void Load_with_mode_selection_adds_one_soft_reset_for_72_frames()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Joystick(new ModeSelection(ProbeRom.ModeByte, 1))));

        Assert.Equal(AutoDetectFrames + 72, ale.Console.FrameNumber);
        Assert.Equal(72, ale.Ram[ProbeRom.FrameCounter - 0x80]);
    }

    [Fact]
    public void Starting_actions_end_the_reset_one_frame_each_without_counting_and_noop_still_sticks()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Joystick() with { StartingActions = [5, 5, 2] }), new AleSettings { RepeatActionProbability = 1 });

        Assert.Equal(AutoDetectFrames + 68 + 3, ale.Console.FrameNumber);
        Assert.Equal(68 + 3, ale.Ram[ProbeRom.FrameCounter - 0x80]);
        Assert.Equal(0xEF, ale.Ram[ProbeRom.Swcha - 0x80]);
        Assert.Equal(0, ale.EpisodeFrameNumber);
        Assert.Equal(0, ale.FrameNumber);

        ale.Act(5);

        Assert.Equal(0xFF, ale.Ram[ProbeRom.Swcha - 0x80]);
    }

    [Fact]
    public void A_starting_action_outside_0_to_17_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new AleInterface(ProbeRom.Rom(ProbeRom.Joystick() with { StartingActions = [1, 40] })));

        Assert.Contains("starting action 40", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reset_game_runs_the_same_72_frames_again_and_keeps_the_frame_number()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Joystick(new ModeSelection(ProbeRom.ModeByte, 1))), new AleSettings { RepeatActionProbability = 0 });
        for (int i = 0; i < 5; i++)
        {
            ale.Act(0);
        }

        long before = ale.Console.FrameNumber;
        ale.ResetGame();

        Assert.Equal(before + 72, ale.Console.FrameNumber);
        Assert.Equal(0, ale.EpisodeFrameNumber);
        Assert.Equal(5, ale.FrameNumber);
    }

    [Fact]
    public void A_non_default_mode_is_selected_by_select_presses_that_count_as_frames()
    {
        var game = ProbeRom.Joystick(new ModeSelection(ProbeRom.ModeByte, FramesPerPress: 1), modes: [0, 1, 2]);
        var ale = new AleInterface(ProbeRom.Rom(game), new AleSettings { Mode = 2 });

        // loadROM's own reset uses the default mode; the next reset applies mode 2.
        Assert.Equal(0, ale.Ram[ProbeRom.ModeByte - 0x80]);
        long before = ale.Console.FrameNumber;
        ale.ResetGame();

        // 60 NOOP + 4 RESET + 2 presses × (1 SELECT + 1 NOOP) + 4 RESET + 4 RESET.
        Assert.Equal(before + 60 + 4 + 4 + 4 + 4, ale.Console.FrameNumber);
        Assert.Equal(2, ale.Ram[ProbeRom.ModeByte - 0x80]);
        Assert.Equal(2, ale.EpisodeFrameNumber);
        Assert.Equal(2, ale.FrameNumber);
    }

    [Fact]
    public void A_mode_the_game_never_shows_fails_instead_of_looping_forever()
    {
        // Two SELECT frames per press step the probe's mode byte by 2, so an odd mode is never reached.
        var game = ProbeRom.Joystick(new ModeSelection(ProbeRom.ModeByte, FramesPerPress: 2), modes: [0, 5]);
        var ale = new AleInterface(ProbeRom.Rom(game), new AleSettings { Mode = 5 });

        var error = Assert.Throws<InvalidOperationException>(ale.ResetGame);
        Assert.Contains("mode 5", error.Message);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void Settings_out_of_range_are_rejected_by_name(double probability)
    {
        var error = Assert.Throws<ArgumentException>(() => new AleInterface(ProbeRom.Rom(ProbeRom.Joystick()), new AleSettings { RepeatActionProbability = probability }));
        Assert.Contains("RepeatActionProbability", error.Message);
    }

    [Fact]
    public void Modes_and_difficulties_outside_the_game_table_are_rejected()
    {
        Assert.Contains("Mode 3", Assert.Throws<ArgumentException>(() => new AleInterface(ProbeRom.Rom(ProbeRom.Joystick()), new AleSettings { Mode = 3 })).Message);
        Assert.Contains("Difficulty 4", Assert.Throws<ArgumentException>(() => new AleInterface(ProbeRom.Rom(ProbeRom.Joystick()), new AleSettings { Difficulty = 4 })).Message);
    }
}
