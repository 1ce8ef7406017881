using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.Palettes;

/// <summary>ALE's palettes: colours from the published table (ALE_REFERENCE §8.1), greys from its formula.</summary>
public sealed class PaletteTableTests
{
    [Theory]
    [InlineData(0x00, 0x000000, 0)]
    [InlineData(0x0E, 0xECECEC, 236)]
    [InlineData(0x1E, 0xFCFC54, 233)]
    [InlineData(0x44, 0xB83232, 90)]
    [InlineData(0x86, 0x4248C8, 85)]
    [InlineData(0x9A, 0x65A0E1, 150)]
    [InlineData(0xCE, 0x90FC90, 207)]
    [InlineData(0xFE, 0xFCE070, 220)]
    public void NTSC_colours_and_greys_match_ALE(int index, int rgb, int gray)
    {
        Assert.Equal((uint)rgb, PaletteTable.Ntsc.Rgb((byte)index));
        Assert.Equal(gray, PaletteTable.Ntsc.Gray((byte)index));
    }

    [Fact]
    public void Every_grey_is_the_rounded_luminance_of_its_colour()
    {
        foreach (PaletteTable palette in new[] { PaletteTable.Ntsc, PaletteTable.Pal })
        {
            for (int index = 0; index < 256; index += 2)
            {
                uint rgb = palette.Rgb((byte)index);
                double luminance = 0.2989 * (rgb >> 16) + 0.5870 * ((rgb >> 8) & 0xFF) + 0.1140 * (rgb & 0xFF);
                Assert.Equal((int)Math.Floor(luminance + 0.5), palette.Gray((byte)index));
            }
        }
    }

    [Fact]
    public void PAL_has_its_own_colours_with_grey_hues_at_both_ends()
    {
        Assert.Equal(0x805800u, PaletteTable.Pal.Rgb(0x20));
        Assert.Equal(0x2B2B2Bu, PaletteTable.Pal.Rgb(0x02));
        Assert.Equal(PaletteTable.Pal.Rgb(0x04), PaletteTable.Pal.Rgb(0x14));
        Assert.Equal(PaletteTable.Pal.Rgb(0x0E), PaletteTable.Pal.Rgb(0xFE));
        Assert.Same(PaletteTable.Pal, PaletteTable.For(TiaVideoStandard.Pal));
        Assert.Same(PaletteTable.Ntsc, PaletteTable.For(TiaVideoStandard.Ntsc));
    }

    [Fact]
    public void Odd_indices_convert_as_ALE_reads_its_interleaved_table()
    {
        // RGB of an odd index is the grey of the colour below it; its grey is the next entry's low (blue) byte.
        PaletteTable pal = PaletteTable.Pal;
        byte gray20 = pal.Gray(0x20);
        Assert.Equal(gray20 * 0x010101u, pal.Rgb(0x21));
        Assert.Equal((byte)pal.Rgb(0x22), pal.Gray(0x21));
        Assert.Equal(0, pal.Gray(0xFF));
    }

    [Fact]
    public void Screens_convert_into_caller_buffers()
    {
        byte[] screen = [0x00, 0x1E, 0x44];
        var rgb = new byte[9];
        var gray = new byte[3];

        PaletteTable.Ntsc.ToRgb(screen, rgb);
        PaletteTable.Ntsc.ToGray(screen, gray);

        Assert.Equal(new byte[] { 0, 0, 0, 0xFC, 0xFC, 0x54, 0xB8, 0x32, 0x32 }, rgb);
        Assert.Equal(new byte[] { 0, 233, 90 }, gray);
    }

    [Fact]
    public void Every_index_converts_to_its_table_entry_and_nothing_past_the_screen_is_written()
    {
        byte[] screen = Enumerable.Range(0, 256).Select(i => (byte)(255 - i)).ToArray();
        var rgb = new byte[3 * screen.Length + 4];
        var gray = new byte[screen.Length + 1];
        Array.Fill(rgb, (byte)0xA5);
        Array.Fill(gray, (byte)0xA5);

        PaletteTable.Pal.ToRgb(screen, rgb);
        PaletteTable.Pal.ToGray(screen, gray);

        for (int i = 0; i < screen.Length; i++)
        {
            uint expected = PaletteTable.Pal.Rgb(screen[i]);
            Assert.Equal(new[] { (byte)(expected >> 16), (byte)(expected >> 8), (byte)expected }, rgb[(3 * i)..(3 * i + 3)]);
            Assert.Equal(PaletteTable.Pal.Gray(screen[i]), gray[i]);
        }

        Assert.All(rgb[(3 * screen.Length)..], b => Assert.Equal(0xA5, b));
        Assert.Equal(0xA5, gray[^1]);
    }

    [Fact]
    public void Too_small_buffers_are_rejected()
    {
        byte[] screen = new byte[10];

        var rgbError = Assert.Throws<ArgumentException>(() => PaletteTable.Ntsc.ToRgb(screen, new byte[29]));
        Assert.Contains("30", rgbError.Message);
        Assert.Throws<ArgumentException>(() => PaletteTable.Ntsc.ToGray(screen, new byte[9]));
    }

    [Fact]
    public void Converting_a_whole_screen_allocates_nothing()
    {
        var screen = new byte[160 * 250];
        var rgb = new byte[3 * screen.Length];
        var gray = new byte[screen.Length];
        PaletteTable.Pal.ToRgb(screen, rgb);

        long before = GC.GetAllocatedBytesForCurrentThread();
        PaletteTable.Pal.ToRgb(screen, rgb);
        PaletteTable.Ntsc.ToGray(screen, gray);

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
