using SamRL.Atari.Env;
using OpenPongRom = SamRL.Atari.Roms.OpenPong;

namespace SamRL.Atari.Tests.OpenPong;

/// <summary>
/// What makes open-pong learnable (issue #6), played as an agent plays it: ALE's interface, one action per 4 frames,
/// no sticky actions. Random play has to win a point now and then, as it does in ALE's Pong (about −20.7 a game),
/// or there is no reward to learn from; a plain ball-tracking player has to beat the computer.
/// </summary>
public sealed class OpenPongLearnabilityTests
{
    private const int FrameSkip = 4;
    private const int FrameLimit = 40_000;

    [Fact]
    public void A_ball_tracking_player_wins_a_game()
    {
        var ale = new AleInterface(OpenPongRom.AsAtariRom(), new AleSettings { RepeatActionProbability = 0 });

        PlayGame(ale, BallTrackingPolicy.Action, stopOnPlayersPoint: false);

        int computer = ale.Ram[OpenPongRom.ComputerScoreAddress - 0x80];
        int player = ale.Ram[OpenPongRom.PlayerScoreAddress - 0x80];
        Assert.True(player == 21 && computer < 21, $"the ball-tracking player should win; the game ended {computer}–{player} (computer–player)");
    }

    /// <summary>
    /// Uniform random actions over Pong's six minimal actions. Against this computer random play wins a point in about
    /// 44% of games (132 of 300 measured), so eight games without one would be a 1-in-100 event. Play stops at the
    /// first point.
    /// </summary>
    [Fact]
    public void Random_play_wins_a_point_within_eight_games()
    {
        int[] minimal = [.. OpenPongRom.Game.MinimalActions];
        int pointsWon = 0;
        for (int seed = 1; seed <= 8 && pointsWon == 0; seed++)
        {
            var ale = new AleInterface(OpenPongRom.AsAtariRom(), new AleSettings { RepeatActionProbability = 0 });
            var random = new Random(seed);
            PlayGame(ale, _ => minimal[random.Next(minimal.Length)], stopOnPlayersPoint: true);
            pointsWon = ale.Ram[OpenPongRom.PlayerScoreAddress - 0x80];
        }

        Assert.True(pointsWon >= 1, "random play won no point in eight games");
    }

    private static void PlayGame(AleInterface ale, Func<ReadOnlySpan<byte>, int> policy, bool stopOnPlayersPoint)
    {
        while (!ale.IsGameOver && !(stopOnPlayersPoint && ale.Ram[OpenPongRom.PlayerScoreAddress - 0x80] > 0))
        {
            Assert.True(ale.EpisodeFrameNumber < FrameLimit, $"a game should end within {FrameLimit} frames");
            int action = policy(ale.Ram);
            for (int frame = 0; frame < FrameSkip && !ale.IsGameOver; frame++)
            {
                ale.Act(action);
            }
        }
    }
}
