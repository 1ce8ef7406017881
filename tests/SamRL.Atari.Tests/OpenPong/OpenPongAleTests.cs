using SamRL.Atari.Env;
using SamRL.Atari.Games;
using OpenPongRom = SamRL.Atari.Roms.OpenPong;

namespace SamRL.Atari.Tests.OpenPong;

/// <summary>open-pong through ALE's interface, scored as ALE scores Pong (ALE_REFERENCE §7).</summary>
public sealed class OpenPongAleTests
{
    private const int ComputerScoreIndex = 0x8D - 0x80;
    private const int PlayerScoreIndex = 0x8E - 0x80;

    [Fact]
    public void The_game_table_lists_open_pong_with_pongs_actions_and_its_md5()
    {
        GameDefinition game = GameTable.Find("open-pong");

        Assert.Same(OpenPongRom.Game, game);
        Assert.Same(game, GameTable.FindByMd5(OpenPongRom.Md5));
        Assert.Equal(GameTable.Find("pong").MinimalActions, game.MinimalActions);
        Assert.True(game.UsesPaddles);
        Assert.False(game.SwapPaddles);
    }

    [Fact]
    public void A_do_nothing_policy_loses_0_to_21_and_the_episode_terminates()
    {
        var ale = new AleInterface(OpenPongRom.AsAtariRom(), new AleSettings { RepeatActionProbability = 0 });
        int totalReward = 0;
        int ownReward = 0;
        int previousDifference = 0;
        int frames = 0;
        while (!ale.IsGameOver)
        {
            Assert.True(frames < 10_000, "a do-nothing game should end within 10,000 frames");
            totalReward += ale.Act((int)AtariAction.Noop);
            frames++;
            int difference = ale.Ram[PlayerScoreIndex] - ale.Ram[ComputerScoreIndex];
            ownReward += difference - previousDifference;
            previousDifference = difference;
        }

        Assert.Equal(21, ale.Ram[ComputerScoreIndex]);
        Assert.Equal(0, ale.Ram[PlayerScoreIndex]);
        Assert.Equal(-21, totalReward);
        Assert.Equal(-21, ownReward);
        Assert.True(ale.IsGameTerminal);
        Assert.Equal(0, ale.Lives);
    }

    [Fact]
    public void At_ALE_reset_the_game_waits_to_serve_with_both_paddles_in_the_middle()
    {
        var ale = new AleInterface(OpenPongRom.AsAtariRom(), new AleSettings { RepeatActionProbability = 0 });

        Assert.Equal(1, ale.Ram[OpenPongRom.StateAddress - 0x80]);
        Assert.Equal(0, ale.Ram[ComputerScoreIndex]);
        Assert.Equal(0, ale.Ram[PlayerScoreIndex]);
        Assert.Equal(68, ale.Ram[OpenPongRom.PlayerPaddleYAddress - 0x80]); // ALE's paddle midpoint
        Assert.Equal(68, ale.Ram[OpenPongRom.ComputerPaddleYAddress - 0x80]);
    }

    [Fact]
    public void Right_moves_the_paddle_up_and_left_moves_it_down_as_in_pong()
    {
        var ale = new AleInterface(OpenPongRom.AsAtariRom(), new AleSettings { RepeatActionProbability = 0 });
        int start = ale.Ram[OpenPongRom.PlayerPaddleYAddress - 0x80];

        for (int frame = 0; frame < 5; frame++)
        {
            ale.Act((int)AtariAction.Right);
        }

        int afterRight = ale.Ram[OpenPongRom.PlayerPaddleYAddress - 0x80];
        for (int frame = 0; frame < 10; frame++)
        {
            ale.Act((int)AtariAction.Left);
        }

        int afterLeft = ale.Ram[OpenPongRom.PlayerPaddleYAddress - 0x80];
        Assert.True(afterRight < start - 20, $"RIGHT should move the paddle up from {start}; it is at {afterRight}");
        Assert.True(afterLeft > start + 20, $"LEFT should move the paddle down past {start}; it is at {afterLeft}");
    }

    /// <summary>
    /// 100,000 frames of uniformly random actions with ALE's sticky actions, as four independent 25,000-frame sessions
    /// side by side (the emulator runs one console per thread), resetting after every finished game.
    /// </summary>
    [Fact]
    public void One_hundred_thousand_frames_of_random_play_never_halt_and_every_game_ends_at_21()
    {
        const int sessions = 4;
        int[] gamesFinished = new int[sessions];
        Parallel.For(0, sessions, session => gamesFinished[session] = PlayRandomly(seed: (uint)session + 1, frames: 25_000));

        Assert.True(gamesFinished.Sum() >= 10, $"random play should finish many games in 100,000 frames; it finished {gamesFinished.Sum()}");
    }

    private static int PlayRandomly(uint seed, int frames)
    {
        var ale = new AleInterface(OpenPongRom.AsAtariRom(), new AleSettings { RandomSeed = seed });
        var random = new Random((int)seed);
        int episodeReward = 0;
        int gamesFinished = 0;
        for (int frame = 0; frame < frames; frame++)
        {
            episodeReward += ale.Act(random.Next(AtariActions.Count));
            Assert.Equal(262, ale.Console.FrameScanlines);
            int computer = ale.Ram[ComputerScoreIndex];
            int player = ale.Ram[PlayerScoreIndex];
            Assert.InRange(computer, 0, 21);
            Assert.InRange(player, 0, 21);
            if (ale.IsGameOver)
            {
                Assert.True(computer == 21 || player == 21, $"game over at {computer}-{player}");
                Assert.Equal(player - computer, episodeReward);
                gamesFinished++;
                episodeReward = 0;
                ale.ResetGame();
            }
        }

        return gamesFinished;
    }
}
