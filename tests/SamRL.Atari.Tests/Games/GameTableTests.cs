using SamRL.Atari.Games;
using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.Games;

/// <summary>The table against ALE_REFERENCE §4.1, §7 and §9.5.</summary>
public sealed class GameTableTests
{
    [Theory]
    [InlineData("pong", "60e0ea3cbe0913d39803477945e9e5ec", new[] { 0, 1, 3, 4, 11, 12 })]
    [InlineData("breakout", "f34f08e5eb96e500e851a80be3277a56", new[] { 0, 1, 3, 4 })]
    [InlineData("space_invaders", "72ffbef6504b75e69ee1045af9075f66", new[] { 0, 1, 3, 4, 11, 12 })]
    [InlineData("boxing", "c3ef5c4653212088eda54dc91d787870", new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17 })]
    [InlineData("freeway", "8e0ab801b1705a740b476b7f588c6d16", new[] { 0, 2, 5 })]
    public void Each_game_has_ales_md5_and_minimal_action_set(string name, string md5, int[] minimal)
    {
        var game = GameTable.Find(name);

        Assert.Equal(md5, game.Md5s[0]);
        Assert.Same(game, GameTable.FindByMd5(md5));
        Assert.Equal(minimal, game.MinimalActions);
    }

    [Fact]
    public void Pong_and_breakout_use_paddles_and_only_pong_swaps_them()
    {
        var pong = GameTable.Find("pong");
        var breakout = GameTable.Find("breakout");

        Assert.Equal((AtariConsoleController.Paddles, AtariConsoleController.Paddles, true), (pong.LeftController, pong.RightController, pong.SwapPaddles));
        Assert.Equal((AtariConsoleController.Paddles, AtariConsoleController.Joystick, false), (breakout.LeftController, breakout.RightController, breakout.SwapPaddles));
        Assert.False(GameTable.Find("boxing").UsesPaddles);
    }

    [Fact]
    public void Mode_bytes_and_select_press_lengths_are_ales()
    {
        Assert.Equal(new ModeSelection(0x96, 2), GameTable.Find("pong").ModeSelection);
        Assert.Equal(new ModeSelection(0xB2, 1), GameTable.Find("breakout").ModeSelection);
        Assert.Equal(new ModeSelection(0xDC, 2), GameTable.Find("space_invaders").ModeSelection);
        Assert.Equal(new ModeSelection(0x80, 1), GameTable.Find("freeway").ModeSelection);
        Assert.Null(GameTable.Find("boxing").ModeSelection);
        Assert.Equal([0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44], GameTable.Find("breakout").Modes);
    }

    [Theory]
    [InlineData("SpaceInvaders")]
    [InlineData("space-invaders")]
    [InlineData("SPACE_INVADERS")]
    public void Games_are_found_by_ale_name_or_id_name(string name) => Assert.Equal("space_invaders", GameTable.Find(name).Name);

    [Fact]
    public void An_unknown_game_lists_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => GameTable.Find("pacman"));
        Assert.Contains("pong, breakout, space_invaders, boxing, freeway", error.Message);
    }

    [Fact]
    public void Action_names_follow_ale_ids()
    {
        Assert.Equal("UPRIGHTFIRE", AtariActions.Names[(int)AtariAction.UpRightFire]);
        Assert.Equal(14, (int)AtariAction.UpRightFire);
        Assert.Equal(18, AtariActions.Names.Count);
    }
}
