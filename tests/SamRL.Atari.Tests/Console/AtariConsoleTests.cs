using SamRL.Atari.Machine;
using SamRL.Atari.Tests.Tia;

namespace SamRL.Atari.Tests.Console;

/// <summary>The console's frame loop and power-on, against the frame rules of ALE_REFERENCE §2.1 and §3.</summary>
public sealed class AtariConsoleTests
{
    private static readonly AtariConsoleOptions Ntsc = new() { Standard = TiaVideoStandard.Ntsc };

    [Fact]
    public void Power_on_runs_the_60_hidden_auto_detect_frames()
    {
        var console = new AtariConsole(TestRomFiles.Read("tia_bands.bin"));
        console.PowerOn();

        Assert.Equal(60, console.FrameNumber);
        Assert.Equal(TiaVideoStandard.Ntsc, console.Standard);
        Assert.Equal(210, console.ScreenHeight);
        Assert.Same(PaletteTable.Ntsc, console.Palette);
    }

    [Fact]
    public void An_explicit_standard_skips_auto_detection()
    {
        var console = new AtariConsole(TestRomFiles.Read("tia_bands.bin"), Ntsc);
        console.PowerOn();

        Assert.Equal(0, console.FrameNumber);
    }

    [Fact]
    public void Frames_over_285_lines_are_detected_as_PAL_with_250_visible_lines()
    {
        // Without VSYNC an NTSC frame ends at the WSYNC write in line 291, whose stall ends the line: 292 lines.
        var console = new AtariConsole(InlineRoms.WsyncLoop());
        console.PowerOn();

        Assert.Equal(TiaVideoStandard.Pal, console.Standard);
        Assert.Equal(250, console.ScreenHeight);
        Assert.Equal(160 * 250, console.Screen.Length);
        Assert.Same(PaletteTable.Pal, console.Palette);
    }

    [Theory]
    [InlineData(TiaVideoStandard.Ntsc, 292)]
    [InlineData(TiaVideoStandard.Pal, 344)]
    public void A_frame_without_VSYNC_ends_at_the_first_TIA_write_past_the_line_limit(TiaVideoStandard standard, int lines)
    {
        var console = new AtariConsole(InlineRoms.WsyncLoop(), new AtariConsoleOptions { Standard = standard });
        console.PowerOn();
        console.RunFrame();
        console.RunFrame();

        Assert.False(console.FrameIsPartial);
        Assert.Equal(lines, console.FrameScanlines);
        Assert.Equal(lines * 76, console.FrameCycles);
    }

    [Fact]
    public void A_frame_that_never_ends_stops_after_25000_instructions_and_continues_next_time()
    {
        var console = new AtariConsole(InlineRoms.EndlessLoop(), Ntsc);
        console.PowerOn();

        console.RunFrame();
        Assert.True(console.FrameIsPartial);
        Assert.Equal(25_000 * 3, console.FrameCycles);

        console.RunFrame();
        Assert.True(console.FrameIsPartial);
        Assert.Equal(2 * 25_000 * 3, console.FrameCycles);
    }

    [Fact]
    public void A_jam_opcode_halts_the_console_with_its_address_and_opcode()
    {
        var console = new AtariConsole(InlineRoms.Jam(), Ntsc);
        console.PowerOn();

        var halt = Assert.Throws<AtariConsoleHaltedException>(console.RunFrame);
        Assert.Equal(0xF000, halt.Address);
        Assert.Equal(0x02, halt.Opcode);
        Assert.Equal(0, halt.Frame);
        Assert.Contains("$F000", halt.Message);

        Assert.Throws<AtariConsoleHaltedException>(console.RunFrame);
    }

    [Fact]
    public void A_system_reset_clears_a_jam()
    {
        var console = new AtariConsole(InlineRoms.Jam(), Ntsc);
        console.PowerOn();
        Assert.Throws<AtariConsoleHaltedException>(console.RunFrame);

        console.SystemReset();

        Assert.False(console.Cpu.Jammed);
    }

    [Fact]
    public void Frames_cannot_run_before_power_on_and_power_on_happens_once()
    {
        var console = new AtariConsole(TestRomFiles.Read("tia_bands.bin"), Ntsc);
        Assert.Throws<InvalidOperationException>(console.RunFrame);

        console.PowerOn();
        Assert.Throws<InvalidOperationException>(console.PowerOn);
    }

    [Fact]
    public void Two_consoles_with_the_same_ROM_and_inputs_run_identically()
    {
        AtariConsole first = TestRomFiles.Run("tia_bands.bin", frames: 5);
        AtariConsole second = TestRomFiles.Run("tia_bands.bin", frames: 5);

        Assert.True(first.Screen.SequenceEqual(second.Screen));
        Assert.True(first.Ram.SequenceEqual(second.Ram));
        Assert.Equal(first.TotalCycles, second.TotalCycles);
    }

    [Fact]
    public void Running_frames_allocates_nothing()
    {
        AtariConsole console = TestRomFiles.Run("tia_bands.bin", frames: 2);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 200; i++)
        {
            console.RunFrame();
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Out_of_range_display_options_are_rejected_by_name()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new AtariConsole(TestRomFiles.Read("tia_bands.bin"), new AtariConsoleOptions { VisibleLines = 400 }));

        Assert.Contains("Display.Height", error.Message);
    }

    [Fact]
    public void HMOVE_bars_can_be_turned_off_as_the_ROM_property_says()
    {
        AtariConsole console = TestRomFiles.Run("tia_bands.bin", frames: 3, options: new AtariConsoleOptions { HmoveBlanks = false });

        // Band 7 of tia_bands.bin strobes HMOVE early in rows 142..159; without bars they are plain background.
        for (int row = 142; row < 160; row++)
        {
            Assert.True(console.Screen.Slice(row * 160, 160).IndexOfAnyExcept((byte)0x80) < 0, $"row {row}");
        }
    }

    [Fact]
    public void A_frame_cut_short_keeps_the_older_buffer_below_the_beam_greyed()
    {
        // tia_partial.bin: frames 1 and 2 paint lines 0..199 with $8E, frame 3 jams at the start of line 100.
        // The unfinished frame is drawn into frame 1's buffer; from the beam's line on it is greyed:
        // (pixel & 0x0F) >> 1, so $8E becomes 7 (ALE_REFERENCE §3).
        var console = new AtariConsole(TestRomFiles.Read("tia_partial.bin"), Ntsc);
        console.PowerOn();
        for (int frame = 0; frame < 3; frame++)
        {
            console.RunFrame();
        }

        Assert.Throws<AtariConsoleHaltedException>(console.RunFrame);

        Assert.True(console.FrameIsPartial);
        Assert.Equal(100, console.FrameScanlines);
        for (int row = 0; row < 210; row++)
        {
            byte expected = row < 66 ? (byte)0x8E : row < 166 ? (byte)0x07 : (byte)0;
            Assert.True(console.Screen.Slice(row * 160, 160).IndexOfAnyExcept(expected) < 0, $"row {row} is not {expected:X2}");
        }
    }
}
