namespace SamRL.Atari.Games;

/// <summary>
/// Space Invaders (ALE_REFERENCE §7): score = BCD($E8) + 100 × BCD($E6), wrapping at 10,000 (a negative change
/// is read as the wrap); lives in $C9; over when bit 7 of $98 is set or no lives are left.
/// </summary>
public sealed class SpaceInvadersRules : GameRules
{
    private const int ScoreModulus = 10_000;
    private int score;
    private int lives;

    /// <inheritdoc />
    public override int Lives => IsTerminal ? 0 : lives;

    /// <inheritdoc />
    public override void Reset()
    {
        Reward = 0;
        score = 0;
        lives = 3;
        IsTerminal = false;
    }

    /// <inheritdoc />
    public override void Step(ReadOnlySpan<byte> ram)
    {
        int newScore = Bcd(Read(ram, 0xE8)) + (100 * Bcd(Read(ram, 0xE6)));
        int change = newScore - score;
        Reward = change < 0 ? ScoreModulus - score + newScore : change;
        score = newScore;
        lives = Read(ram, 0xC9);
        IsTerminal = (Read(ram, 0x98) & 0x80) != 0 || lives == 0;
    }
}
