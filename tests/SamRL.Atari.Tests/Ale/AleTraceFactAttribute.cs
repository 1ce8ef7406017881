using SamRL.Atari.Tests.Games;

namespace SamRL.Atari.Tests.Ale;

/// <summary>
/// A fact replaying one of <see cref="AleTraces"/>: skipped, saying why, unless SAMRL_ROM_DIR holds the very ROM file
/// (same MD5) ALE ran, since another revision of the game legitimately gives other states.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class AleTraceFactAttribute : FactAttribute
{
    /// <param name="traceName">The name of an <see cref="AleTrace"/> property of <see cref="AleTraces"/>.</param>
    public AleTraceFactAttribute(string traceName)
    {
        AleTrace trace = AleTraces.Named(traceName);
        Skip = RealRoms.SkipReason(trace.Game) ?? (RealRoms.Require(trace.Game).Md5 == trace.Md5
            ? null
            : $"The {trace.Game} ROM in SAMRL_ROM_DIR is not the file ALE's trace was recorded with (md5 {trace.Md5}, from openai/atari-py).");
    }
}
