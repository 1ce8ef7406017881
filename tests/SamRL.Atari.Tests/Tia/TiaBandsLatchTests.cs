using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.Tia;

/// <summary>
/// What tia_bands.bin copies to RAM: collision latches and input ports. A TIA read drives only bits 7 and 6;
/// the low six bits are the data bus's last byte, here the zero-page operand of the LDA, i.e. the register
/// address itself (ALE_REFERENCE §4.2).
/// </summary>
public sealed class TiaBandsLatchTests
{
    [Fact]
    public void A_frame_of_262_WSYNC_lines_is_262_scanlines_of_76_cycles()
    {
        AtariConsole console = TestRomFiles.Run("tia_bands.bin", frames: 3);

        Assert.False(console.FrameIsPartial);
        Assert.Equal(262, console.FrameScanlines);
        Assert.Equal(262 * 76, console.FrameCycles);
        Assert.Equal(TiaVideoStandard.Ntsc, console.Standard);
    }

    [Fact]
    public void Collision_latches_record_exactly_the_overlaps_of_the_frame()
    {
        // Overlaps drawn: band 8 P0 over PF and BL over PF; band 9 P0 over P1 and M1 under a P0 copy.
        AtariConsole console = TestRomFiles.Run("tia_bands.bin", frames: 3);
        ReadOnlySpan<byte> ram = console.Ram;

        Assert.Equal(0x00 | 0x00, ram[0x00]); // CXM0P: none
        Assert.Equal(0x80 | 0x01, ram[0x01]); // CXM1P: M1-P0
        Assert.Equal(0x80 | 0x02, ram[0x02]); // CXP0FB: P0-PF
        Assert.Equal(0x00 | 0x03, ram[0x03]); // CXP1FB: none
        Assert.Equal(0x00 | 0x04, ram[0x04]); // CXM0FB: none
        Assert.Equal(0x00 | 0x05, ram[0x05]); // CXM1FB: none
        Assert.Equal(0x80 | 0x06, ram[0x06]); // CXBLPF: BL-PF
        Assert.Equal(0x80 | 0x07, ram[0x07]); // CXPPMM: P0-P1
    }

    [Fact]
    public void CXCLR_clears_the_latches_for_the_next_frame()
    {
        AtariConsole console = TestRomFiles.Run("tia_bands.bin", frames: 3);

        // The ROM reads the latches, then strobes CXCLR; nothing collides in the overscan lines after it.
        Assert.Equal(0, console.Tia.CollisionLatches);
    }

    [Theory]
    [InlineData(false, false, 0x8C, 0x8D)]
    [InlineData(true, false, 0x0C, 0x8D)]
    [InlineData(false, true, 0x8C, 0x0D)]
    public void Fire_buttons_read_zero_when_pressed(bool left, bool right, int inpt4, int inpt5)
    {
        AtariConsole console = TestRomFiles.Run("tia_bands.bin", frames: 3, c =>
        {
            c.Controllers.LeftFire = left;
            c.Controllers.RightFire = right;
        });

        Assert.Equal(inpt4, console.Ram[0x08]);
        Assert.Equal(inpt5, console.Ram[0x09]);
    }

    [Theory]
    // Charge time = floor(1.6 * R * 1e-8 * 1.19e6) cycles after the dump is released (ALE_REFERENCE §4.2);
    // the ROM reads INPT0 3 and 599 cycles after the release.
    [InlineData(27_450, 0x88)]     // 522 cycles: charged at 599
    [InlineData(31_000, 0x88)]     // 590 cycles
    [InlineData(31_500, 0x08)]     // 599 cycles: not yet (strictly more is needed)
    [InlineData(408_823, 0x08)]    // 7,783 cycles
    [InlineData(Machine.Tia.PotDisconnected, 0x08)]
    [InlineData(Machine.Tia.PotShorted, 0x88)]
    public void Paddle_pot_charges_after_the_resistance_dependent_delay(int resistance, int late)
    {
        AtariConsole console = TestRomFiles.Run("tia_bands.bin", frames: 3,
            c => c.Controllers.PaddleResistance[0] = resistance,
            new AtariConsoleOptions { LeftController = AtariConsoleController.Paddles });

        bool shorted = resistance == Machine.Tia.PotShorted;
        Assert.Equal(shorted ? 0x88 : 0x08, console.Ram[0x0A]); // dumped (a shorted pot reads 1 regardless)
        Assert.Equal(shorted ? 0x88 : 0x08, console.Ram[0x0B]); // 3 cycles after the release
        Assert.Equal(late, console.Ram[0x0C]);
    }

    [Fact]
    public void Joystick_ports_leave_the_pot_inputs_uncharged()
    {
        AtariConsole console = TestRomFiles.Run("tia_bands.bin", frames: 3);

        Assert.Equal(0x08, console.Ram[0x0C]);
        Assert.Equal(0x09, console.Ram[0x0D]);
    }
}
