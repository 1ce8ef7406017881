using SamRL.Runner.Runs;
using SkiaSharp;

namespace SamRL.Runner.Replay;

/// <summary>Writes each replay frame as <c>frame-NNNNNN.png</c> in a folder: 8-bit grey for the grey palette, RGB otherwise.</summary>
public sealed class PngFrameSink : IFrameSink
{
    private readonly string directory;
    private readonly FramePalette palette;
    private int index;

    /// <summary>Writes frames of <paramref name="palette"/> into <paramref name="directory"/>, created when missing.</summary>
    public PngFrameSink(string directory, FramePalette palette)
    {
        this.directory = directory;
        this.palette = palette;
        Directory.CreateDirectory(directory);
    }

    /// <inheritdoc />
    public void Add(ReadOnlySpan<byte> indices, int width, int height)
    {
        using var image = palette.IsGrey
            ? SKImage.FromPixelCopy(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque), indices)
            : SKImage.FromPixelCopy(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque), palette.ToRgba(indices));
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        index++;
        AtomicFile.Write(Path.Combine(directory, $"frame-{index:D6}.png"), png.SaveTo);
    }

    /// <inheritdoc />
    public void Complete()
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
