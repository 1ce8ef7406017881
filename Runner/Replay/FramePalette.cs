using SamRL.Atari.Machine;

namespace SamRL.Runner.Replay;

/// <summary>
/// The colours of a replay's frames: every frame is a grid of indices into one 256-entry RGB table. The agent's view
/// uses a grey ramp (index = grey level); the game view uses the console's own palette, so the TIA's screen bytes are
/// written as they are, with no colour conversion and no loss.
/// </summary>
public sealed class FramePalette
{
    private FramePalette(byte[] rgb, bool isGrey)
    {
        Rgb = rgb;
        IsGrey = isGrey;
    }

    /// <summary>The grey ramp: entry i is (i, i, i).</summary>
    public static FramePalette Grey { get; } = new(GreyRamp(), isGrey: true);

    /// <summary>256 × (R, G, B) bytes.</summary>
    public byte[] Rgb { get; }

    /// <summary>True for <see cref="Grey"/>, whose indices are already grey levels.</summary>
    public bool IsGrey { get; }

    /// <summary>The palette of an Atari console (ALE's NTSC or PAL table).</summary>
    public static FramePalette Of(PaletteTable palette)
    {
        var rgb = new byte[256 * 3];
        for (var index = 0; index < 256; index++)
        {
            var color = palette.Rgb((byte)index);
            rgb[3 * index] = (byte)(color >> 16);
            rgb[(3 * index) + 1] = (byte)(color >> 8);
            rgb[(3 * index) + 2] = (byte)color;
        }

        return new FramePalette(rgb, isGrey: false);
    }

    /// <summary>Writes the RGB bytes of <paramref name="indices"/> into <paramref name="rgb"/> (three bytes per pixel).</summary>
    public void ToRgb(ReadOnlySpan<byte> indices, Span<byte> rgb)
    {
        for (var i = 0; i < indices.Length; i++)
        {
            var entry = 3 * indices[i];
            rgb[3 * i] = Rgb[entry];
            rgb[(3 * i) + 1] = Rgb[entry + 1];
            rgb[(3 * i) + 2] = Rgb[entry + 2];
        }
    }

    /// <summary>The RGBA bytes of <paramref name="indices"/>, opaque (four bytes per pixel).</summary>
    public byte[] ToRgba(ReadOnlySpan<byte> indices)
    {
        var rgba = new byte[indices.Length * 4];
        for (var i = 0; i < indices.Length; i++)
        {
            var entry = 3 * indices[i];
            rgba[4 * i] = Rgb[entry];
            rgba[(4 * i) + 1] = Rgb[entry + 1];
            rgba[(4 * i) + 2] = Rgb[entry + 2];
            rgba[(4 * i) + 3] = 255;
        }

        return rgba;
    }

    private static byte[] GreyRamp()
    {
        var rgb = new byte[256 * 3];
        for (var level = 0; level < 256; level++)
        {
            rgb[3 * level] = rgb[(3 * level) + 1] = rgb[(3 * level) + 2] = (byte)level;
        }

        return rgb;
    }
}
