namespace SamRL.Atari.Games;

/// <summary>
/// Boxing (ALE_REFERENCE §7): punches landed, BCD in $92 (player) and $93 (computer), where the raw byte $C0 is a
/// knock-out worth 100; reward = change of (player − computer); over at a knock-out or when the clock
/// (minutes = $90 high nibble, seconds = BCD $91) reads 0:00. No lives.
/// </summary>
public sealed class BoxingRules : GameRules
{
    private const byte KnockOutByte = 0xC0;
    private const int KnockOutScore = 100;
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
        int player = Punches(Read(ram, 0x92));
        int computer = Punches(Read(ram, 0x93));
        int difference = player - computer;
        Reward = difference - score;
        score = difference;
        if (player == KnockOutScore || computer == KnockOutScore)
        {
            IsTerminal = true;
        }
        else
        {
            int minutes = Read(ram, 0x90) >> 4;
            int seconds = Bcd(Read(ram, 0x91));
            IsTerminal = minutes == 0 && seconds == 0;
        }
    }

    private static int Punches(byte value) => value == KnockOutByte ? KnockOutScore : Bcd(value);
}
