namespace SamRL.Atari.Machine.Cartridges;

/// <summary>The bank-switching schemes SamRL emulates (Stella's names in the comments).</summary>
public enum CartridgeType
{
    /// <summary>"2K": 2 KiB mirrored twice.</summary>
    TwoK,

    /// <summary>"4K": 4 KiB, no switching.</summary>
    FourK,

    /// <summary>"F8": 8 KiB, hot-spots $1FF8/$1FF9, starts in bank 1.</summary>
    F8,

    /// <summary>"F8 swapped": F8 that starts in bank 0 (two known ROMs).</summary>
    F8Swapped,

    /// <summary>"F8SC": F8 with 128 bytes of Superchip RAM.</summary>
    F8SC,

    /// <summary>"F6": 16 KiB, hot-spots $1FF6–$1FF9, starts in bank 0.</summary>
    F6,

    /// <summary>"F6SC": F6 with 128 bytes of Superchip RAM.</summary>
    F6SC,

    /// <summary>"F4": 32 KiB, hot-spots $1FF4–$1FFB, starts in bank 0.</summary>
    F4,

    /// <summary>"F4SC": F4 with 128 bytes of Superchip RAM.</summary>
    F4SC,

    /// <summary>"E0": Parker Bros., 8 × 1 KiB slices.</summary>
    E0,

    /// <summary>"FE": Activision, the bank follows address bit 13.</summary>
    FE,

    /// <summary>"3F": Tigervision, 2 KiB banks selected by writes to $00–$3F.</summary>
    ThreeF,

    /// <summary>"E7": M Network, 16 KiB ROM + 2 KiB RAM.</summary>
    E7,

    /// <summary>"FASC" (FA): CBS RAM Plus, 12 KiB ROM + 256 bytes RAM.</summary>
    FA,
}
