namespace SamRL.Atari.Machine;

/// <summary>The television standard a cartridge is run as (ALE_REFERENCE §2.1 step 4, §8).</summary>
public enum TiaVideoStandard
{
    /// <summary>NTSC: a frame is forced to end past 290 scanlines; NTSC palette; 210 visible lines by default.</summary>
    Ntsc,

    /// <summary>PAL: a frame is forced to end past 342 scanlines; colour loss on odd frames; PAL palette; 250 visible lines.</summary>
    Pal,
}
