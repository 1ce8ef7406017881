using SamRL.Atari.Games;

namespace SamRL.Atari.Tests.Games;

public sealed class BreakoutRulesTests
{
    [Fact]
    public void Score_is_bcd_of_cd_plus_100_times_the_low_nibble_of_cc()
    {
        var rules = GameTable.Find("breakout").CreateRules();
        rules.Reset();
        rules.Step(new RamState().Set(0xB9, 5).Set(0xCD, 0x47).Set(0xCC, 0xF3).Bytes);

        Assert.Equal(347, rules.Reward);
        Assert.Equal(5, rules.Lives);
    }

    [Fact]
    public void Zero_lives_end_the_game_only_after_five_were_seen()
    {
        var rules = GameTable.Find("breakout").CreateRules();
        rules.Reset();
        var ram = new RamState();

        rules.Step(ram.Set(0xB9, 0).Bytes);
        Assert.False(rules.IsTerminal);
        rules.Step(ram.Set(0xB9, 5).Bytes);
        rules.Step(ram.Set(0xB9, 1).Bytes);
        Assert.Equal(1, rules.Lives);
        rules.Step(ram.Set(0xB9, 0).Bytes);

        Assert.True(rules.IsTerminal);
        Assert.Equal(0, rules.Lives);
    }

    [Fact]
    public void Lives_start_at_five_after_reset()
    {
        var rules = GameTable.Find("breakout").CreateRules();
        rules.Reset();

        Assert.Equal(5, rules.Lives);
    }
}
