namespace SamRL.Atari.Env;

/// <summary>What <see cref="AtariEnv"/> observes (Gymnasium's <c>obs_type</c>, plus the raw palette indices).</summary>
public enum AtariObservationType
{
    /// <summary>The screen as RGB bytes, shape (H, 160, 3), through the palette of the detected standard.</summary>
    Rgb,

    /// <summary>The screen as ALE's grey levels, shape (H, 160).</summary>
    Grayscale,

    /// <summary>The 128 RAM bytes $80..$FF, shape (128).</summary>
    Ram,

    /// <summary>The screen as TIA palette indices (even values 0..254), shape (H, 160): what ALE's <c>getScreen</c> returns.</summary>
    PaletteIndices,
}
