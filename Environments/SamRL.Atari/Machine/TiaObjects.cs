namespace SamRL.Atari.Machine;

/// <summary>
/// Bit flags for the six TIA objects plus the two CTRLPF bits that change how they combine. The renderer ORs
/// the objects present at a pixel with the score/priority bits and looks the result up in the tables.
/// </summary>
internal static class TiaObjects
{
    /// <summary>Player 0.</summary>
    public const int P0 = 0x01;

    /// <summary>Missile 0.</summary>
    public const int M0 = 0x02;

    /// <summary>Player 1.</summary>
    public const int P1 = 0x04;

    /// <summary>Missile 1.</summary>
    public const int M1 = 0x08;

    /// <summary>Ball.</summary>
    public const int BL = 0x10;

    /// <summary>Playfield.</summary>
    public const int PF = 0x20;

    /// <summary>CTRLPF score mode: the playfield takes the player colours (left half P0, right half P1).</summary>
    public const int Score = 0x40;

    /// <summary>CTRLPF priority: playfield and ball are drawn in front of players and missiles.</summary>
    public const int Priority = 0x80;
}
