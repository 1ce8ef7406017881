using SamRL.Atari.Games;

namespace SamRL.Atari.Tests.Games;

public sealed class PongRulesTests
{
    [Fact]
    public void Reward_is_the_change_of_player_minus_computer_and_21_ends_the_game()
    {
        var rules = GameTable.Find("pong").CreateRules();
        rules.Reset();
        var ram = new RamState();

        rules.Step(ram.Set(0x8D, 1).Bytes);
        Assert.Equal(-1, rules.Reward);
        rules.Step(ram.Bytes);
        Assert.Equal(0, rules.Reward);
        rules.Step(ram.Set(0x8E, 3).Bytes);
        Assert.Equal(3, rules.Reward);
        Assert.False(rules.IsTerminal);

        rules.Step(ram.Set(0x8D, 21).Bytes);
        Assert.Equal(-20, rules.Reward);
        Assert.True(rules.IsTerminal);
        Assert.Equal(0, rules.Lives);
    }

    [Fact]
    public void Reset_forgets_the_score_so_the_next_frame_counts_from_zero()
    {
        var rules = GameTable.Find("pong").CreateRules();
        rules.Reset();
        var ram = new RamState().Set(0x8E, 5);
        rules.Step(ram.Bytes);
        rules.Reset();
        rules.Step(ram.Bytes);

        Assert.Equal(5, rules.Reward);
    }

    [Fact]
    public void The_player_reaching_21_also_ends_the_game()
    {
        var rules = GameTable.Find("pong").CreateRules();
        rules.Reset();
        rules.Step(new RamState().Set(0x8E, 21).Set(0x8D, 4).Bytes);

        Assert.True(rules.IsTerminal);
        Assert.Equal(17, rules.Reward);
    }
}
