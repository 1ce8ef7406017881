using SamRL.Atari.Games;

namespace SamRL.Atari.Tests.Games;

public sealed class FreewayRulesTests
{
    [Fact]
    public void Reward_is_the_bcd_score_change_clamped_to_0_and_1()
    {
        var rules = GameTable.Find("freeway").CreateRules();
        rules.Reset();
        var ram = new RamState();
        rules.Step(ram.Set(0xE7, 0x01).Bytes);
        Assert.Equal(1, rules.Reward);
        rules.Step(ram.Set(0xE7, 0x15).Bytes);
        Assert.Equal(1, rules.Reward);
        rules.Step(ram.Set(0xE7, 0x02).Bytes);
        Assert.Equal(0, rules.Reward);
    }

    [Fact]
    public void Ram_96_equal_to_1_ends_the_game()
    {
        var rules = GameTable.Find("freeway").CreateRules();
        rules.Reset();
        rules.Step(new RamState().Set(0x96, 2).Bytes);
        Assert.False(rules.IsTerminal);
        rules.Step(new RamState().Set(0x96, 1).Bytes);
        Assert.True(rules.IsTerminal);
    }
}
