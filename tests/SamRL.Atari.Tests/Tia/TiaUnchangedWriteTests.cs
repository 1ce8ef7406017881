using SamRL.Atari.Machine;

namespace SamRL.Atari.Tests.Tia;

/// <summary>
/// A TIA write that changes nothing defers its drawing; a frame that stops part-way must still show the picture as
/// far as that write, as ALE's does (its Stella draws on every TIA write).
/// </summary>
public class TiaUnchangedWriteTests
{
    private const ushort Colubk = 0x09, Enam0 = 0x1D;

    [Fact]
    public void A_partial_frame_shows_the_picture_up_to_an_unchanged_write()
    {
        var clock = new SystemClock();
        var tia = new Machine.Tia(clock, new ControllerPorts());
        tia.Reset();
        tia.BeginFrameUpdate();

        // Line 40 (row 6 of the stored picture, which starts at line 34), CPU cycle 30: colour clock 90, x = 22.
        clock.Cycles = (76 * 40) + 30;
        tia.Poke(Colubk, 0x1E);

        // Ten cycles later (x = 52) missile 0 is disabled again: nothing changes, no drawing happens yet.
        clock.Cycles += 10;
        tia.Poke(Enam0, 0x00);

        // No VSYNC: the frame is partial, and from the beam's line on the picture is greyed: (pixel & 0x0F) >> 1.
        tia.FinishFrameUpdate();
        Assert.True(tia.FrameIsPartial);
        ReadOnlySpan<byte> row = tia.Screen.Slice(6 * Machine.Tia.ScreenWidth, Machine.Tia.ScreenWidth);
        for (int x = 0; x < Machine.Tia.ScreenWidth; x++)
        {
            byte expected = x is >= 22 and < 52 ? (byte)((0x1E & 0x0F) >> 1) : (byte)0;
            Assert.Equal(expected, row[x]);
        }
    }
}
