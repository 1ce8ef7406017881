namespace SamRL.Atari.Roms;

/// <summary>Where a ROM folder came from, in the order <see cref="RomDiscovery"/> searches them.</summary>
public enum RomSource
{
    /// <summary>A folder given explicitly (the <c>--rom-dir</c> option).</summary>
    RomDirectoryOption,

    /// <summary>The folder in the <c>SAMRL_ROM_DIR</c> environment variable.</summary>
    EnvironmentVariable,

    /// <summary>The ROM folder of an installed Python <c>ale-py</c> package.</summary>
    AlePy,

    /// <summary>The ROM folder of an installed Python <c>AutoROM</c> package.</summary>
    AutoRom,
}
