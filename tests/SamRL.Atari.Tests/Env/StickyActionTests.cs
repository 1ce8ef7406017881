using SamRL.Atari.Env;
using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.Env;

/// <summary>Sticky actions and the end of an episode (ALE_REFERENCE §5).</summary>
public sealed class StickyActionTests
{
    // UP, RIGHT, LEFT, DOWN: actions the probe tells apart by SWCHA alone.
    private static readonly int[] Directions = [2, 3, 4, 5];

    [Theory]
    [InlineData(0.25, 7u)]
    [InlineData(0.5, 12345u)]
    [InlineData(0.0, 0u)]
    public void Each_frame_keeps_the_previous_action_when_a_uniform_draw_is_below_p_with_a_second_draw_for_player_b(double p, uint seed)
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Joystick()), new AleSettings { RepeatActionProbability = p, RandomSeed = seed });
        var reference = new Mt19937(seed);
        var actionRandom = new Random(99);
        int expected = 0;
        for (int frame = 0; frame < 300; frame++)
        {
            int action = Directions[actionRandom.Next(Directions.Length)];
            if (reference.Next() / 4294967296.0 >= p)
            {
                expected = action;
            }

            reference.Next();
            ale.Act(action);

            Assert.Equal(SwchaOf(expected), ale.Ram[ProbeRom.Swcha - 0x80]);
        }
    }

    [Fact]
    public void The_probability_is_compared_as_the_float_ALE_stores()
    {
        // The first draw of seed 0 is k / 2^32. A probability half a step below it is under the draw as a double but
        // rounds to a float above it, so ALE (which stores the setting as a float) keeps the previous action, NOOP.
        uint k = new Mt19937(0).Next();
        double draw = k / 4294967296.0;
        double p = (k - 0.5) / 4294967296.0;
        Assert.True(p < draw && (float)p > draw, "The constructed probability does not straddle the draw.");

        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Joystick()), new AleSettings { RepeatActionProbability = p, RandomSeed = 0 });
        ale.Act(2);

        Assert.Equal(0xFF, ale.Ram[ProbeRom.Swcha - 0x80]);
    }

    [Fact]
    public void A_reset_makes_noop_the_action_that_sticks()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Joystick()), new AleSettings { RepeatActionProbability = 1.0 });
        ale.Act(2);
        ale.ResetGame();
        ale.Act(2);

        Assert.Equal(0xFF, ale.Ram[ProbeRom.Swcha - 0x80]);
    }

    [Fact]
    public void Frames_after_the_game_ends_are_not_emulated_and_give_no_reward()
    {
        // The probe's counter is 68 after the reset; the rules end the game when it reaches 73.
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Joystick(terminalAtFrame: 73)), new AleSettings { RepeatActionProbability = 0 });
        int rewards = 0;
        for (int frame = 0; frame < 5; frame++)
        {
            rewards += ale.Act(0);
        }

        long consoleFrames = ale.Console.FrameNumber;

        Assert.Equal(5, rewards);
        Assert.True(ale.IsGameTerminal);
        Assert.True(ale.IsGameOver);
        Assert.Equal(0, ale.Act(0));
        Assert.Equal(consoleFrames, ale.Console.FrameNumber);
        Assert.Equal(5, ale.EpisodeFrameNumber);
    }

    [Fact]
    public void The_frame_limit_truncates_without_terminating()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Joystick()), new AleSettings { MaxNumFramesPerEpisode = 3 });
        for (int frame = 0; frame < 3; frame++)
        {
            Assert.False(ale.IsGameTruncated);
            ale.Act(0);
        }

        Assert.True(ale.IsGameTruncated);
        Assert.False(ale.IsGameTerminal);
        Assert.Equal(0, ale.Act(0));
        Assert.Equal(3, ale.EpisodeFrameNumber);
        ale.ResetGame();
        Assert.False(ale.IsGameTruncated);
    }

    [Fact]
    public void Actions_outside_0_to_17_are_rejected()
    {
        var ale = new AleInterface(ProbeRom.Rom(ProbeRom.Joystick()));

        Assert.Throws<ArgumentOutOfRangeException>(() => ale.Act(18));
        Assert.Throws<ArgumentOutOfRangeException>(() => ale.Act(-1));
    }

    private static int SwchaOf(int action) => action switch
    {
        2 => 0xEF,
        3 => 0x7F,
        4 => 0xBF,
        5 => 0xDF,
        _ => 0xFF,
    };
}
