namespace SamRL.Runner.Rendering;

/// <summary>Nearest-neighbour enlargement by an integer factor, which keeps the Atari's hard pixel edges.</summary>
public static class FrameScaler
{
    /// <summary>
    /// Enlarges <paramref name="source"/> (<paramref name="width"/> × <paramref name="height"/> pixels of
    /// <paramref name="bytesPerPixel"/> bytes) by <paramref name="scale"/> in both directions into <paramref name="target"/>.
    /// </summary>
    public static void Scale(ReadOnlySpan<byte> source, int width, int height, int bytesPerPixel, int scale, Span<byte> target)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        var rowBytes = width * bytesPerPixel;
        var targetRowBytes = rowBytes * scale;
        if (source.Length != rowBytes * height || target.Length != targetRowBytes * height * scale)
        {
            throw new ArgumentException("Source or target size does not match the frame dimensions and scale.");
        }

        for (var y = 0; y < height; y++)
        {
            var sourceRow = source.Slice(y * rowBytes, rowBytes);
            var firstTargetRow = target.Slice(y * scale * targetRowBytes, targetRowBytes);
            for (var x = 0; x < width; x++)
            {
                var pixel = sourceRow.Slice(x * bytesPerPixel, bytesPerPixel);
                for (var copy = 0; copy < scale; copy++)
                {
                    pixel.CopyTo(firstTargetRow[(((x * scale) + copy) * bytesPerPixel)..]);
                }
            }

            for (var copy = 1; copy < scale; copy++)
            {
                firstTargetRow.CopyTo(target.Slice(((y * scale) + copy) * targetRowBytes, targetRowBytes));
            }
        }
    }
}
