using SamRL.Runner.Runs;
using SkiaSharp;

namespace SamRL.Runner.Replay;

/// <summary>Writes each replay frame as <c>frame-NNNNNN.png</c> (grey, 8 bits) in a folder.</summary>
public sealed class PngFrameSink : IFrameSink
{
    private readonly string directory;
    private int index;

    /// <summary>Writes frames into <paramref name="directory"/>, created when missing.</summary>
    public PngFrameSink(string directory)
    {
        this.directory = directory;
        Directory.CreateDirectory(directory);
    }

    /// <inheritdoc />
    public void Add(ReadOnlySpan<byte> grey, int width, int height)
    {
        using var image = SKImage.FromPixelCopy(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque), grey);
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
