using SamRL.Atari.Games;

namespace SamRL.Atari.Tests.Games;

public sealed class SpaceInvadersRulesTests
{
    [Fact]
    public void Score_is_bcd_e8_plus_100_times_bcd_e6()
    {
        var rules = GameTable.Find("space_invaders").CreateRules();
        rules.Reset();
        rules.Step(new RamState().Set(0xC9, 3).Set(0xE8, 0x35).Set(0xE6, 0x12).Bytes);

        Assert.Equal(1235, rules.Reward);
        Assert.Equal(3, rules.Lives);
    }

    [Fact]
    public void A_score_that_wraps_past_9999_still_gives_the_points_scored()
    {
        var rules = GameTable.Find("space_invaders").CreateRules();
        rules.Reset();
        var ram = new RamState().Set(0xC9, 3);
        rules.Step(ram.Set(0xE6, 0x99).Set(0xE8, 0x90).Bytes);
        rules.Step(ram.Set(0xE6, 0x00).Set(0xE8, 0x20).Bytes);

        // 9990 -> 10020 shown as 0020: 30 points.
        Assert.Equal(30, rules.Reward);
    }

    [Fact]
    public void Bit_7_of_98_or_zero_lives_end_the_game_and_zero_the_lives()
    {
        var rules = GameTable.Find("space_invaders").CreateRules();
        rules.Reset();
        rules.Step(new RamState().Set(0xC9, 2).Set(0x98, 0x7F).Bytes);
        Assert.False(rules.IsTerminal);
        Assert.Equal(2, rules.Lives);

        rules.Step(new RamState().Set(0xC9, 2).Set(0x98, 0x80).Bytes);
        Assert.True(rules.IsTerminal);
        Assert.Equal(0, rules.Lives);

        rules.Reset();
        Assert.Equal(3, rules.Lives);
        rules.Step(new RamState().Set(0xC9, 0).Bytes);
        Assert.True(rules.IsTerminal);
    }
}
