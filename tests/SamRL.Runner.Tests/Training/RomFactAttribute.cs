using SamRL.Atari.Roms;

namespace SamRL.Runner.Tests.Training;

/// <summary>A test that needs a real game ROM: skipped, saying why, unless SAMRL_ROM_DIR names a ROM folder.</summary>
public sealed class RomFactAttribute : FactAttribute
{
    public RomFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(RomDiscovery.EnvironmentVariable)))
        {
            Skip = $"needs a pong ROM: set {RomDiscovery.EnvironmentVariable} to a folder holding pong.bin (third-party ROMs are never committed).";
        }
    }
}
