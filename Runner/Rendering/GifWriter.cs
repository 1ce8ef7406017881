using System.Buffers.Binary;

namespace SamRL.Runner.Rendering;

/// <summary>
/// Writes an animated GIF89a of palette-indexed frames. No package served to this project encodes GIFs
/// (SkiaSharp only decodes them), so the container and its LZW compression are written here.
/// </summary>
public sealed class GifWriter : IDisposable
{
    private readonly Stream output;
    private readonly int width;
    private readonly int height;
    private readonly int minimumCodeSize;
    private readonly LzwEncoder lzw = new();
    private bool finished;

    /// <summary>
    /// Starts a GIF that loops forever, writing its header, global colour table (<paramref name="paletteRgb"/>:
    /// red, green, blue bytes of 1 to 256 colours) and looping extension.
    /// </summary>
    public GifWriter(Stream output, int width, int height, ReadOnlySpan<byte> paletteRgb)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, ushort.MaxValue);
        if (paletteRgb.Length % 3 != 0 || paletteRgb.Length < 3 || paletteRgb.Length > 256 * 3)
        {
            throw new ArgumentException("A GIF palette holds 1 to 256 RGB triples.", nameof(paletteRgb));
        }

        this.output = output;
        this.width = width;
        this.height = height;
        var colorCount = paletteRgb.Length / 3;
        var tableBits = 1;
        while (1 << tableBits < colorCount)
        {
            tableBits++;
        }

        minimumCodeSize = Math.Max(2, tableBits);
        WriteHeader(paletteRgb, tableBits);
    }

    /// <summary>Appends a frame of <c>width × height</c> palette indices, shown for <paramref name="delayCentiseconds"/>.</summary>
    public void AddFrame(ReadOnlySpan<byte> indices, int delayCentiseconds)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        if (indices.Length != width * height)
        {
            throw new ArgumentException($"A frame holds {width * height} indices, not {indices.Length}.", nameof(indices));
        }

        Span<byte> control = [0x21, 0xF9, 4, 0, 0, 0, 0, 0];
        BinaryPrimitives.WriteUInt16LittleEndian(control[4..], (ushort)Math.Clamp(delayCentiseconds, 0, ushort.MaxValue));
        output.Write(control);

        Span<byte> descriptor = [0x2C, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        BinaryPrimitives.WriteUInt16LittleEndian(descriptor[5..], (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(descriptor[7..], (ushort)height);
        output.Write(descriptor);
        lzw.Encode(output, indices, minimumCodeSize);
    }

    /// <summary>Writes the trailer; the stream stays open.</summary>
    public void Dispose()
    {
        if (finished)
        {
            return;
        }

        finished = true;
        output.WriteByte(0x3B);
        output.Flush();
    }

    private void WriteHeader(ReadOnlySpan<byte> paletteRgb, int tableBits)
    {
        output.Write("GIF89a"u8);
        Span<byte> screen = stackalloc byte[7];
        BinaryPrimitives.WriteUInt16LittleEndian(screen, (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(screen[2..], (ushort)height);
        // Global colour table present, 8 bits of colour resolution, table size 2^(tableBits).
        screen[4] = (byte)(0x80 | 0x70 | (tableBits - 1));
        output.Write(screen);

        Span<byte> table = stackalloc byte[3 << tableBits];
        table.Clear();
        paletteRgb.CopyTo(table);
        output.Write(table);

        // NETSCAPE2.0 application extension: loop count 0 = loop forever.
        output.Write([0x21, 0xFF, 11, .. "NETSCAPE2.0"u8, 3, 1, 0, 0, 0]);
    }
}
