using SamRL.Runner.Rendering;
using SamRL.Runner.Runs;

namespace SamRL.Runner.Replay;

/// <summary>Writes the replay as a looping animated GIF with a 256-level grey palette (the grey level is the index).</summary>
public sealed class GifFrameSink(string path, int delayCentiseconds) : IFrameSink
{
    private readonly string temporary = path + AtomicFile.TemporarySuffix;
    private FileStream? stream;
    private GifWriter? writer;

    /// <inheritdoc />
    public void Add(ReadOnlySpan<byte> grey, int width, int height)
    {
        if (writer is null)
        {
            stream = new FileStream(temporary, FileMode.Create, FileAccess.Write);
            writer = new GifWriter(stream, width, height, GreyPalette());
        }

        writer.AddFrame(grey, delayCentiseconds);
    }

    /// <inheritdoc />
    public void Complete()
    {
        if (writer is null || stream is null)
        {
            throw new InvalidOperationException("a GIF needs at least one frame.");
        }

        writer.Dispose();
        stream.Flush(flushToDisk: true);
        stream.Dispose();
        File.Move(temporary, path, overwrite: true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        stream?.Dispose();
        File.Delete(temporary);
    }

    private static byte[] GreyPalette()
    {
        var palette = new byte[256 * 3];
        for (var level = 0; level < 256; level++)
        {
            palette[3 * level] = palette[(3 * level) + 1] = palette[(3 * level) + 2] = (byte)level;
        }

        return palette;
    }
}
