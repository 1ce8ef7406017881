using SamRL.Runner.Rendering;
using SamRL.Runner.Runs;

namespace SamRL.Runner.Replay;

/// <summary>Writes the replay as a looping animated GIF whose global colour table is the frames' palette.</summary>
public sealed class GifFrameSink(string path, int delayCentiseconds, FramePalette palette) : IFrameSink
{
    private readonly string temporary = path + AtomicFile.TemporarySuffix;
    private FileStream? stream;
    private GifWriter? writer;

    /// <inheritdoc />
    public void Add(ReadOnlySpan<byte> indices, int width, int height)
    {
        if (writer is null)
        {
            stream = new FileStream(temporary, FileMode.Create, FileAccess.Write);
            writer = new GifWriter(stream, width, height, palette.Rgb);
        }

        writer.AddFrame(indices, delayCentiseconds);
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
}
