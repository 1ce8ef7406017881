namespace SamRL.Runner.Commands.Atari;

/// <summary>What <c>atari bench</c> fetches after every frame (ALE_REFERENCE §12's columns).</summary>
internal enum BenchScreen
{
    /// <summary>Nothing: raw emulation.</summary>
    None,

    /// <summary>A copy of the palette-index screen (ALE <c>getScreen</c>).</summary>
    Copy,

    /// <summary>The RGB screen (ALE <c>getScreenRGB</c>).</summary>
    Rgb,

    /// <summary>The grey screen (ALE <c>getScreenGrayscale</c>).</summary>
    Gray,
}
