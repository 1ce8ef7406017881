namespace SamRL.Atari.Games;

/// <summary>
/// A game's reward, terminal and lives rules, read from RAM after every emulated frame like ALE's
/// <c>RomSettings</c> (ALE_REFERENCE §7). One instance per environment: it remembers the previous score.
/// </summary>
public abstract class GameRules
{
    /// <summary>The reward of the last frame (the change of the game's score since the frame before).</summary>
    public int Reward { get; protected set; }

    /// <summary>Whether the game is over.</summary>
    public bool IsTerminal { get; protected set; }

    /// <summary>Lives left as ALE's <c>lives()</c>: 0 for games without lives, and 0 once the game is over.</summary>
    public virtual int Lives => 0;

    /// <summary>Forgets the tracked score, terminal flag and lives (ALE's <c>RomSettings::reset</c>, §2.2 step 5).</summary>
    public abstract void Reset();

    /// <summary>Reads the 128 RAM bytes ($80..$FF) after a frame and updates reward, terminal and lives.</summary>
    public abstract void Step(ReadOnlySpan<byte> ram);

    /// <summary>The RAM byte ALE's <c>readRam(address)</c> reads: $80 + (address &amp; $7F).</summary>
    protected static byte Read(ReadOnlySpan<byte> ram, int address) => ram[address & 0x7F];

    /// <summary>The value of a packed BCD byte: 10 × high nibble + low nibble.</summary>
    protected static int Bcd(byte value) => (10 * (value >> 4)) + (value & 0x0F);
}
