using SamRL.Atari.Games;

namespace SamRL.Atari.Tests.Games;

public sealed class BoxingRulesTests
{
    private static RamState ClockRunning() => new RamState().Set(0x90, 0x20).Set(0x91, 0x00);

    [Fact]
    public void Reward_is_the_change_of_my_punches_minus_theirs_in_bcd()
    {
        var rules = GameTable.Find("boxing").CreateRules();
        rules.Reset();
        var ram = ClockRunning();
        rules.Step(ram.Set(0x92, 0x12).Set(0x93, 0x03).Bytes);
        Assert.Equal(9, rules.Reward);
        rules.Step(ram.Set(0x93, 0x05).Bytes);
        Assert.Equal(-2, rules.Reward);
        Assert.False(rules.IsTerminal);
    }

    [Fact]
    public void A_knock_out_byte_counts_100_and_ends_the_game()
    {
        var rules = GameTable.Find("boxing").CreateRules();
        rules.Reset();
        rules.Step(ClockRunning().Set(0x92, 0xC0).Set(0x93, 0x40).Bytes);

        Assert.Equal(60, rules.Reward);
        Assert.True(rules.IsTerminal);
    }

    [Fact]
    public void The_clock_at_zero_ends_the_game()
    {
        var rules = GameTable.Find("boxing").CreateRules();
        rules.Reset();
        rules.Step(new RamState().Set(0x90, 0x00).Set(0x91, 0x01).Bytes);
        Assert.False(rules.IsTerminal);
        rules.Step(new RamState().Set(0x90, 0x0F).Set(0x91, 0x00).Bytes);

        // Only the high nibble of $90 holds minutes.
        Assert.True(rules.IsTerminal);
        Assert.Equal(0, rules.Lives);
    }
}
