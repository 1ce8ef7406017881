namespace SamRL.Atari.Games;

/// <summary>
/// Pong-style scoring (ALE's Pong, ALE_REFERENCE §7): two plain binary scores; reward = change of
/// (player − computer); the game ends when either reaches the winning score. No lives.
/// </summary>
/// <param name="computerScoreAddress">RAM address of the computer's score ($8D in Video Olympics).</param>
/// <param name="playerScoreAddress">RAM address of the player's score ($8E in Video Olympics).</param>
/// <param name="winningScore">The score that ends the game (21).</param>
public sealed class PongRules(int computerScoreAddress, int playerScoreAddress, int winningScore = 21) : GameRules
{
    private int score;

    /// <inheritdoc />
    public override void Reset()
    {
        Reward = 0;
        score = 0;
        IsTerminal = false;
    }

    /// <inheritdoc />
    public override void Step(ReadOnlySpan<byte> ram)
    {
        int computer = Read(ram, computerScoreAddress);
        int player = Read(ram, playerScoreAddress);
        int difference = player - computer;
        Reward = difference - score;
        score = difference;
        IsTerminal = computer == winningScore || player == winningScore;
    }
}
