using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.Tia;

/// <summary>The TIA on its own, driven through Peek/Poke with a clock the test sets (76 CPU cycles per line).</summary>
public sealed class TiaBusTests
{
    private readonly SystemClock clock = new();
    private readonly ControllerPorts ports = new();
    private readonly Machine.Tia tia;

    public TiaBusTests()
    {
        tia = new Machine.Tia(clock, ports);
        tia.Reset();
        tia.BeginFrameUpdate();
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x2A)]
    [InlineData(0x3F)]
    public void Reads_fill_the_undriven_bits_from_the_data_bus(int bus)
    {
        clock.DataBus = (byte)bus;

        Assert.Equal(bus & 0x3F, tia.Peek(0x0000));          // CXM0P, no collision
        Assert.Equal(0x80 | (bus & 0x3F), tia.Peek(0x000C)); // INPT4, button up
        Assert.Equal(bus & 0x3F, tia.Peek(0x000E));          // unused read address
    }

    [Fact]
    public void Read_registers_mirror_every_16_bytes_across_the_TIA_space()
    {
        ports.LeftFire = true;

        Assert.Equal(0x00, tia.Peek(0x003C));
        Assert.Equal(0x00, tia.Peek(0x0D0C));
        Assert.Equal(0x80, tia.Peek(0x000D));
    }

    [Fact]
    public void WSYNC_after_a_read_stalls_to_the_start_of_the_next_line()
    {
        clock.Cycles = 10;
        clock.LastAccessWasRead = true;

        tia.Poke(0x02, 0);

        Assert.Equal(76, clock.Cycles);
    }

    [Fact]
    public void WSYNC_right_after_a_write_does_not_stall()
    {
        clock.Cycles = 10;
        clock.LastAccessWasRead = false;

        tia.Poke(0x02, 0);

        Assert.Equal(10, clock.Cycles);
    }

    [Fact]
    public void WSYNC_at_a_line_start_does_not_stall()
    {
        clock.Cycles = 152;
        clock.LastAccessWasRead = true;

        tia.Poke(0x42, 0); // a mirror of WSYNC

        Assert.Equal(152, clock.Cycles);
    }

    [Fact]
    public void VSYNC_shorter_than_a_scanline_does_not_end_the_frame()
    {
        clock.Cycles = 100;
        tia.Poke(0x00, 0x02);
        clock.Cycles = 100 + 75;
        tia.Poke(0x00, 0x00);

        Assert.False(clock.StopRequested);
    }

    [Fact]
    public void VSYNC_of_one_scanline_ends_the_frame()
    {
        clock.Cycles = 100;
        tia.Poke(0x00, 0x02);
        clock.Cycles = 100 + 76;
        tia.Poke(0x00, 0x00);

        Assert.True(clock.StopRequested);
        tia.FinishFrameUpdate();
        Assert.False(tia.FrameIsPartial);
        Assert.Equal(176 * 3 / 228, tia.Scanlines);
    }

    [Fact]
    public void A_TIA_write_past_290_scanlines_ends_an_NTSC_frame()
    {
        clock.Cycles = 290 * 76 + 75; // still line 290
        tia.Poke(0x09, 0x00);
        Assert.False(clock.StopRequested);

        clock.Cycles = 291 * 76;
        tia.Poke(0x09, 0x00);
        Assert.True(clock.StopRequested);
    }

    [Fact]
    public void PAL_allows_342_scanlines()
    {
        tia.Configure(TiaVideoStandard.Pal, 34, 250, hmoveBlanks: true);
        tia.Reset();
        tia.BeginFrameUpdate();

        clock.Cycles = 342 * 76 + 75;
        tia.Poke(0x09, 0x00);
        Assert.False(clock.StopRequested);

        clock.Cycles = 343 * 76;
        tia.Poke(0x09, 0x00);
        Assert.True(clock.StopRequested);
    }

    [Fact]
    public void Pot_input_reads_charged_strictly_after_the_charge_time()
    {
        // R = 408,823 ohms charges in floor(1.6 * R * 1e-8 * 1.19e6) = 7,783 cycles (ALE_REFERENCE §4.2).
        ports.PaddleResistance[2] = 408_823;
        clock.Cycles = 1_000;
        tia.Poke(0x01, 0x80); // dump on
        Assert.Equal(0x00, tia.Peek(0x0A));
        clock.Cycles = 2_000;
        tia.Poke(0x01, 0x00); // dump released

        clock.Cycles = 2_000 + 7_783;
        Assert.Equal(0x00, tia.Peek(0x0A));
        clock.Cycles = 2_000 + 7_784;
        Assert.Equal(0x80, tia.Peek(0x0A));
    }

    [Fact]
    public void Collision_latches_are_set_by_drawing_and_cleared_by_CXCLR()
    {
        // Ball (RESBL in horizontal blank → x = 2) over a playfield whose PF0 bit 4 covers x 0..3, on line 40.
        tia.Poke(0x14, 0);          // RESBL at cycle 0
        tia.Poke(0x0D, 0x10);       // PF0 bit 4
        tia.Poke(0x1F, 0x02);       // ENABL
        clock.Cycles = 41 * 76;     // draw all of line 40
        Assert.Equal(0x80, tia.Peek(0x06) & 0xC0); // CXBLPF

        tia.Poke(0x2C, 0);          // CXCLR
        Assert.Equal(0x00, tia.Peek(0x06) & 0xC0);
    }

    [Theory]
    [InlineData(311, 0x81)]
    [InlineData(312, 0x80)]
    public void PAL_colour_loss_sets_bit_0_after_an_odd_length_frame(int lines, int shown)
    {
        tia.Configure(TiaVideoStandard.Pal, 34, 250, hmoveBlanks: true);
        tia.Reset();
        tia.BeginFrameUpdate();
        clock.Cycles = (lines - 1) * 76;
        tia.Poke(0x00, 0x02);       // VSYNC on
        clock.Cycles = lines * 76;
        tia.Poke(0x00, 0x00);       // VSYNC off one line later: the frame has `lines` lines
        tia.FinishFrameUpdate();
        Assert.Equal(lines, tia.Scanlines);

        tia.BeginFrameUpdate();
        tia.Poke(0x09, 0x80);       // COLUBK
        clock.Cycles += 40 * 76;    // past the first visible line
        tia.Peek(0x00);

        Assert.Equal(shown, tia.Screen[0]);
    }
}
