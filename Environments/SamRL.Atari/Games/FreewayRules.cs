namespace SamRL.Atari.Games;

/// <summary>
/// Freeway (ALE_REFERENCE §7): crossings = BCD($E7); reward = the change clamped to [0, 1]; over when $96 reads 1
/// (the timer ran out). No lives.
/// </summary>
public sealed class FreewayRules : GameRules
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
        int newScore = Bcd(Read(ram, 0xE7));
        Reward = Math.Clamp(newScore - score, 0, 1);
        score = newScore;
        IsTerminal = Read(ram, 0x96) == 1;
    }
}
