using SkiaSharp;

namespace SamRL.Runner.Rendering;

/// <summary>
/// The typeface of every figure the Runner draws (reports and the live reward plot). The Runner ships SkiaSharp's native library without fontconfig, so
/// <see cref="SKTypeface.Default"/> draws no glyphs at all; the figures instead load a common sans-serif font file
/// from the places Linux distributions, macOS and Windows install one (Debian: <c>fonts-dejavu-core</c>).
/// </summary>
public static class PlotTypeface
{
    /// <summary>Font files tried in order; the first that exists and loads is used.</summary>
    public static IReadOnlyList<string> Candidates { get; } =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/System/Library/Fonts/Supplemental/Arial.ttf",
        "C:\\Windows\\Fonts\\arial.ttf",
    ];

    private static readonly Lazy<SKTypeface> Loaded = new(Load);

    /// <summary>The loaded typeface, or SkiaSharp's default (which may draw no text) when no candidate file exists.</summary>
    public static SKTypeface Typeface => Loaded.Value;

    private static SKTypeface Load() =>
        Candidates.Where(File.Exists).Select(SKTypeface.FromFile).FirstOrDefault(typeface => typeface is not null) ?? SKTypeface.Default;
}
