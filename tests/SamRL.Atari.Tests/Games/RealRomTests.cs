using SamRL.Atari.Env;
using SamRL.Environments.Core;

namespace SamRL.Atari.Tests.Games;

/// <summary>Published ALE facts (ALE_REFERENCE §2.2, §7) on the real ROMs; skipped without SAMRL_ROM_DIR.</summary>
public sealed class RealRomTests
{
    private const long AutoDetectFrames = 60;

    [RomFact("pong")]
    public void Pong_resets_in_72_frames_and_loses_its_first_point_at_step_255_with_noops()
    {
        var ale = new AleInterface(RealRoms.Require("pong"), new AleSettings { RepeatActionProbability = 0 });
        Assert.Equal(AutoDetectFrames + 72, ale.Console.FrameNumber);

        int step = 0;
        while (ale.Act(0) == 0)
        {
            step++;
            Assert.True(step < 1000, "No point was lost in 1,000 NOOP frames.");
        }

        Assert.Equal(255, step);
    }

    [RomFact("pong")]
    public void Random_pong_ends_its_first_game_at_step_3459_losing_21_to_1()
    {
        var ale = new AleInterface(RealRoms.Require("pong"), new AleSettings { RepeatActionProbability = 0 });
        var actions = new SplitMix64(12345);
        int total = 0;
        int step = 0;
        while (!ale.IsGameOver)
        {
            total += ale.Act(ale.Game.MinimalActions[(int)(actions.Next() % (ulong)ale.Game.MinimalActions.Count)]);
            step++;
        }

        Assert.Equal(3459, step - 1);
        Assert.Equal(-20, total);
    }

    [RomFact("boxing")]
    public void Boxing_has_no_mode_selection_and_resets_in_68_frames()
    {
        var ale = new AleInterface(RealRoms.Require("boxing"));

        Assert.Equal(AutoDetectFrames + 68, ale.Console.FrameNumber);
        Assert.Equal(0, ale.Lives);
    }

    [RomFact("space_invaders")]
    public void Space_invaders_with_noops_loses_two_lives_in_2000_frames_without_scoring()
    {
        var ale = new AleInterface(RealRoms.Require("space_invaders"), new AleSettings { RepeatActionProbability = 0 });
        Assert.Equal(3, ale.Lives);
        int total = 0;
        for (int frame = 0; frame < 2000; frame++)
        {
            total += ale.Act(0);
        }

        Assert.Equal(1, ale.Lives);
        Assert.Equal(0, total);
    }

    [RomFact("breakout")]
    public void Breakout_starts_with_five_lives_and_four_actions()
    {
        using var env = new AtariEnv(RealRoms.Require("breakout"), AtariEnvOptions.V5);
        var reset = env.Reset(0);

        Assert.Equal(5, reset.Info.Lives);
        Assert.Equal(["NOOP", "FIRE", "RIGHT", "LEFT"], env.ActionMeanings);
    }
}
