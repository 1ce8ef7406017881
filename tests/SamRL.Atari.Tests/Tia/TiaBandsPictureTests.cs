using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.Tia;

/// <summary>
/// The picture of tia_bands.bin (see its header): each band's clean rows are compared with a row built here from
/// the register values the ROM writes and the documented TIA rules (playfield bit order, RESPx/HMOVE positions,
/// NUSIZ copies, REFP, VDELP, HMOVE bars), not with anything the emulator computed.
/// </summary>
public sealed class TiaBandsPictureTests
{
    private const byte Background = 0x80, PlayfieldColor = 0x1E, Player0Color = 0x44, Player1Color = 0xC6;

    // Positions from the ROM's timing: RESxx written at CPU cycle c of a line lands at 3c - 68 + 5 (players)
    // or 3c - 68 + 4 (missiles, ball); HMOVE then moves each object left by its signed HMxx nibble.
    private const int Player0X = 3 * 43 - 68 + 5 - 2;
    private const int Player1X = 3 * 53 - 68 + 5 + 1;
    private const int Missile0X = 3 * 47 - 68 + 4;
    private const int Missile1X = 3 * 63 - 68 + 4 + 7;
    private const int BallX = 3 * 33 - 68 + 4 - 1;

    private static readonly AtariConsole Bands = TestRomFiles.Run("tia_bands.bin", frames: 3);

    [Fact]
    public void Object_positions_follow_the_reset_timing_and_motion()
    {
        Assert.Equal((64, 97, 77, 132, 34), Bands.Tia.Positions);
        Assert.Equal((Player0X, Player1X, Missile0X, Missile1X, BallX), Bands.Tia.Positions);
    }

    [Fact]
    public void Playfield_left_half_repeats_on_the_right()
    {
        byte[] expected = PlayfieldRow(0x50, 0xA5, 0x3C, reflect: false, PlayfieldColor, PlayfieldColor);
        AssertBand(0, expected);
    }

    [Fact]
    public void Reflected_playfield_mirrors_the_right_half()
    {
        byte[] expected = PlayfieldRow(0x50, 0xA5, 0x3C, reflect: true, PlayfieldColor, PlayfieldColor);
        AssertBand(1, expected);
    }

    [Fact]
    public void Score_mode_draws_the_playfield_in_the_player_colours()
    {
        byte[] expected = PlayfieldRow(0x50, 0xA5, 0x3C, reflect: false, Player0Color, Player1Color);
        AssertBand(2, expected);
    }

    [Fact]
    public void Player_shows_its_graphics_bits_from_its_position()
    {
        byte[] expected = BackgroundRow();
        PaintPlayer(expected, Player0X, 0xF0, Player0Color);
        AssertBand(3, expected);
    }

    [Fact]
    public void Two_close_copies_of_a_reflected_player()
    {
        byte[] expected = BackgroundRow();
        byte reflected = ReverseBits(0xC1);
        PaintPlayer(expected, Player1X, reflected, Player1Color);
        PaintPlayer(expected, Player1X + 16, reflected, Player1Color);
        AssertBand(4, expected);
    }

    [Fact]
    public void Missiles_and_ball_have_their_sizes_and_colours()
    {
        byte[] expected = BackgroundRow();
        Paint(expected, BallX, 8, PlayfieldColor);
        Paint(expected, Missile0X, 4, Player0Color);
        Paint(expected, Missile1X, 2, Player1Color);
        AssertBand(5, expected);
    }

    [Fact]
    public void Vertical_delay_shows_the_graphics_latched_by_the_last_GRP1_write()
    {
        byte[] expected = BackgroundRow();
        PaintPlayer(expected, Player0X, 0xC3, Player0Color);
        AssertBand(6, expected);
    }

    [Fact]
    public void Early_HMOVE_blanks_the_first_eight_pixels()
    {
        byte[] expected = BackgroundRow();
        Paint(expected, 0, 8, 0);
        AssertBand(7, expected);
    }

    [Fact]
    public void Players_are_drawn_over_the_playfield_and_ball()
    {
        byte[] expected = PlayfieldRow(0x00, 0x0F, 0x30, reflect: false, PlayfieldColor, PlayfieldColor);
        Paint(expected, BallX, 8, PlayfieldColor);
        PaintPlayer(expected, Player0X, 0xFF, Player0Color);
        AssertBand(8, expected);
    }

    [Fact]
    public void Player0_copies_cover_player1_and_missile1()
    {
        byte[] expected = BackgroundRow();
        Paint(expected, Missile1X, 1, Player1Color);
        PaintPlayer(expected, Player1X, 0xFF, Player1Color);
        foreach (int copy in new[] { 0, 32, 64 })
        {
            PaintPlayer(expected, Player0X + copy, 0xFF, Player0Color);
        }

        AssertBand(9, expected);
    }

    [Fact]
    public void Vertical_blank_lines_are_black()
    {
        ReadOnlySpan<byte> screen = Bands.Screen;
        for (int row = 200; row < 210; row++)
        {
            Assert.True(screen.Slice(row * 160, 160).IndexOfAnyExcept((byte)0) < 0, $"row {row} is not black");
        }
    }

    /// <summary>Checks the 18 clean rows of a band (its first two rows are set-up rows).</summary>
    private static void AssertBand(int band, byte[] expected)
    {
        for (int row = 20 * band + 2; row < 20 * band + 20; row++)
        {
            byte[] actual = Bands.Screen.Slice(row * 160, 160).ToArray();
            Assert.Equal(expected, actual);
        }
    }

    private static byte[] PlayfieldRow(int pf0, int pf1, int pf2, bool reflect, byte leftColor, byte rightColor)
    {
        byte[] row = BackgroundRow();
        ExpectedRows.PaintPlayfieldHalf(row, rightHalf: false, pf0, pf1, pf2, reflected: false, leftColor);
        ExpectedRows.PaintPlayfieldHalf(row, rightHalf: true, pf0, pf1, pf2, reflect, rightColor);
        return row;
    }

    private static byte[] BackgroundRow() => ExpectedRows.Filled(Background);

    private static void Paint(byte[] row, int x, int width, byte color) => ExpectedRows.Paint(row, x, width, color);

    private static void PaintPlayer(byte[] row, int x, byte graphics, byte color) => ExpectedRows.PaintPlayer(row, x, graphics, color);

    private static byte ReverseBits(byte value)
    {
        int reversed = 0;
        for (int bit = 0; bit < 8; bit++)
        {
            reversed = (reversed << 1) | ((value >> bit) & 1);
        }

        return (byte)reversed;
    }
}
