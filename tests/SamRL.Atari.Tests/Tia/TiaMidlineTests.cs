using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.Tia;

/// <summary>
/// tia_midline.bin (see its header): writes in the middle of a line change only the pixels after the beam,
/// so a kernel can show different playfields in the two halves and split the background colour.
/// </summary>
public sealed class TiaMidlineTests
{
    private static readonly AtariConsole Midline = TestRomFiles.Run("tia_midline.bin", frames: 3);

    [Fact]
    public void Frame_is_262_lines()
    {
        Assert.Equal(262, Midline.FrameScanlines);
        Assert.Equal(262 * 76, Midline.FrameCycles);
    }

    [Fact]
    public void Playfield_rewritten_between_the_halves_is_asymmetric()
    {
        byte[] expected = ExpectedRows.Filled(0x80);
        ExpectedRows.PaintPlayfieldHalf(expected, rightHalf: false, 0x90, 0xC3, 0x5A, reflected: false, 0x1E);
        ExpectedRows.PaintPlayfieldHalf(expected, rightHalf: true, 0x60, 0x3C, 0xA5, reflected: false, 0x1E);

        for (int row = 2; row < 42; row++)
        {
            Assert.Equal(expected, Midline.Screen.Slice(row * 160, 160).ToArray());
        }
    }

    [Fact]
    public void Background_written_at_cycle_43_changes_from_pixel_61()
    {
        // A write at CPU cycle 43 lands at colour clock 3 * 43 = 129, 68 clocks of horizontal blank in: x = 61.
        byte[] expected = ExpectedRows.Filled(0x46);
        ExpectedRows.Paint(expected, 0, 3 * 43 - 68, 0x80);

        for (int row = 42; row < 82; row++)
        {
            Assert.Equal(expected, Midline.Screen.Slice(row * 160, 160).ToArray());
        }
    }
}
