namespace SamRL.Atari.Games;

/// <summary>
/// Breakout (ALE_REFERENCE §7): score = BCD($CD) + 100 × ($CC &amp; 15); lives in $B9; the game is over once the
/// lives byte, having shown 5 since the reset, reads 0 (it is 0 while the game waits to start).
/// </summary>
public sealed class BreakoutRules : GameRules
{
    private const int InitialLives = 5;
    private int score;
    private int lives;
    private bool started;

    /// <inheritdoc />
    public override int Lives => IsTerminal ? 0 : lives;

    /// <inheritdoc />
    public override void Reset()
    {
        Reward = 0;
        score = 0;
        lives = InitialLives;
        IsTerminal = false;
        started = false;
    }

    /// <inheritdoc />
    public override void Step(ReadOnlySpan<byte> ram)
    {
        int newScore = Bcd(Read(ram, 0xCD)) + (100 * (Read(ram, 0xCC) & 0x0F));
        Reward = newScore - score;
        score = newScore;
        lives = Read(ram, 0xB9);
        started |= lives == InitialLives;
        IsTerminal = started && lives == 0;
    }
}
