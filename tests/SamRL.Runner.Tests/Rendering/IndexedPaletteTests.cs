using SamRL.Runner.Rendering;

namespace SamRL.Runner.Tests.Rendering;

public class IndexedPaletteTests
{
    [Fact]
    public void Colors_get_indices_in_order_of_first_appearance()
    {
        var palette = new IndexedPalette();
        byte[] pixels = [9, 9, 9, 1, 2, 3, 9, 9, 9, 4, 5, 6];
        var indices = new byte[4];

        palette.Index(pixels, indices);

        Assert.Equal(new byte[] { 0, 1, 0, 2 }, indices);
        Assert.Equal(new byte[] { 9, 9, 9, 1, 2, 3, 4, 5, 6 }, palette.Rgb.ToArray());
    }

    [Fact]
    public void A_257th_color_is_refused()
    {
        var palette = new IndexedPalette();
        var pixels = Enumerable.Range(0, 257).SelectMany(i => new[] { (byte)i, (byte)(i >> 8), (byte)0 }).ToArray();

        Assert.Throws<InvalidOperationException>(() => palette.Index(pixels, new byte[257]));
    }
}
