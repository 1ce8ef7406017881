using SamRL.Atari.Env;
using SamRL.Atari.Games;
using SamRL.Atari.Roms;
using SamRL.Atari.Tests.Tia;

namespace SamRL.Atari.Tests.Env;

/// <summary>
/// A game's Display.YStart, Display.Height and Emulation.HmoveBlanks (ALE_REFERENCE §8) reach the console: the same
/// emulation on tia_bands.bin (horizontal bands, an early-HMOVE band) seen through other screen settings. The ROM's
/// overscan HMOVE leaves its 8-pixel bar pending until the next stored pixels (as in Stella), so the first stored line
/// is compared beyond its first 8 pixels only.
/// </summary>
public sealed class AleInterfaceDisplayTests
{
    private const int Width = 160;

    [Fact]
    public void A_later_first_line_shows_the_same_picture_moved_up()
    {
        const int shift = 6;
        byte[] standard = ScreenAfterThreeFrames(Bands());
        byte[] later = ScreenAfterThreeFrames(Bands() with { FirstVisibleLine = 34 + shift });

        Assert.Equal(standard.Length, later.Length);
        Assert.NotEqual(Rows(standard, 1, 203), Rows(standard, 1 + shift, 203));
        Assert.Equal(Rows(standard, 1 + shift, 203), Rows(later, 1, 203));
        Assert.Equal(standard.AsSpan((shift * Width) + 8, Width - 8).ToArray(), later.AsSpan(8, Width - 8).ToArray());
    }

    [Fact]
    public void A_taller_screen_keeps_the_first_210_lines_and_adds_lines_below()
    {
        byte[] standard = ScreenAfterThreeFrames(Bands());
        byte[] tall = ScreenAfterThreeFrames(Bands() with { VisibleLines = 230 });

        Assert.Equal(230 * Width, tall.Length);
        Assert.Equal(Rows(standard, 1, 209), Rows(tall, 1, 209));
        Assert.Equal(standard.AsSpan(8, Width - 8).ToArray(), tall.AsSpan(8, Width - 8).ToArray());
    }

    [Fact]
    public void Without_HMOVE_blanks_the_early_HMOVE_lines_keep_their_first_eight_pixels()
    {
        byte[] blanked = ScreenAfterThreeFrames(Bands());
        byte[] unblanked = ScreenAfterThreeFrames(Bands() with { HmoveBlanks = false });

        int rowsWithBars = 0;
        for (int row = 0; row < 210; row++)
        {
            ReadOnlySpan<byte> withBars = blanked.AsSpan(row * Width, Width);
            ReadOnlySpan<byte> without = unblanked.AsSpan(row * Width, Width);
            Assert.True(withBars[8..].SequenceEqual(without[8..]), $"Row {row} differs beyond the first 8 pixels.");
            if (!withBars[..8].SequenceEqual(without[..8]))
            {
                Assert.True(withBars[..8].IndexOfAnyExcept((byte)0) < 0, $"Row {row}: the HMOVE bar is not black.");
                rowsWithBars++;
            }
        }

        Assert.True(rowsWithBars > 0, "No row showed an HMOVE bar.");
    }

    private static byte[] Rows(byte[] screen, int first, int count) => screen.AsSpan(first * Width, count * Width).ToArray();

    private static GameDefinition Bands() => ProbeRom.Joystick() with { Name = "tia_bands", IdName = "TiaBands" };

    private static AtariRom Rom(GameDefinition game) => AtariRom.ForGame(TestRomFiles.Read("tia_bands.bin"), "tia_bands.bin", game);

    private static byte[] ScreenAfterThreeFrames(GameDefinition game)
    {
        var ale = new AleInterface(Rom(game));
        ale.Act(0);
        ale.Act(0);
        ale.Act(0);
        return ale.Screen.ToArray();
    }
}
