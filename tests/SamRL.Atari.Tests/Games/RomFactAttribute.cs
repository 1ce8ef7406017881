namespace SamRL.Atari.Tests.Games;

/// <summary>A fact that needs a third-party ROM: skipped, saying why, unless SAMRL_ROM_DIR holds it.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RomFactAttribute : FactAttribute
{
    public RomFactAttribute(string game)
    {
        Skip = RealRoms.SkipReason(game);
    }
}
