namespace SamRL.Runner.Rendering;

/// <summary>
/// Maps RGB pixels to palette indices exactly, adding each new colour as it appears. An Atari 2600 screen uses at
/// most 128 colours, so a whole episode fits the 256 entries of a GIF colour table without quantisation.
/// </summary>
public sealed class IndexedPalette
{
    /// <summary>The largest palette a GIF can hold.</summary>
    public const int MaximumColors = 256;

    private readonly Dictionary<int, byte> indexOfColor = [];
    private readonly List<byte> rgb = [];

    /// <summary>Number of distinct colours seen.</summary>
    public int Count => indexOfColor.Count;

    /// <summary>The colours seen, as red, green, blue bytes in index order.</summary>
    public ReadOnlySpan<byte> Rgb => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rgb);

    /// <summary>Converts packed RGB pixels (3 bytes each) to indices, growing the palette as needed.</summary>
    /// <exception cref="InvalidOperationException">The frames use more than 256 colours.</exception>
    public void Index(ReadOnlySpan<byte> pixelsRgb, Span<byte> indices)
    {
        if (pixelsRgb.Length != indices.Length * 3)
        {
            throw new ArgumentException("Expected 3 RGB bytes per index.", nameof(pixelsRgb));
        }

        for (var i = 0; i < indices.Length; i++)
        {
            var color = (pixelsRgb[3 * i] << 16) | (pixelsRgb[(3 * i) + 1] << 8) | pixelsRgb[(3 * i) + 2];
            if (!indexOfColor.TryGetValue(color, out var index))
            {
                if (indexOfColor.Count == MaximumColors)
                {
                    throw new InvalidOperationException("The frames use more than 256 colours, which a GIF palette cannot hold.");
                }

                index = (byte)indexOfColor.Count;
                indexOfColor.Add(color, index);
                rgb.Add(pixelsRgb[3 * i]);
                rgb.Add(pixelsRgb[(3 * i) + 1]);
                rgb.Add(pixelsRgb[(3 * i) + 2]);
            }

            indices[i] = index;
        }
    }
}
