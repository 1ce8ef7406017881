using SamRL.Atari.Env;
using SamRL.Atari.Machine;
using SamRL.Atari.Roms;

namespace SamRL.Atari.Tests.Env;

/// <summary>
/// A ROM with 288-line frames is detected as PAL: 250-line observations through the PAL palette (ALE_REFERENCE §2.1, §8).
/// The line count is even on purpose: PAL frames with an odd count lose their colour, as on Stella.
/// </summary>
public sealed class PalRomTests
{
    private const byte Background = 0x1E;

    private static readonly byte[] Program =
    [
        0x78, 0xD8,                         // F000 SEI; CLD
        0xA9, Background, 0x85, 0x09,       // F002 LDA #$1E; STA COLUBK
        0xA9, 0x02, 0x85, 0x00,             // F006 frame: LDA #2; STA VSYNC
        0x85, 0x02, 0x85, 0x02,             // F00A STA WSYNC × 2
        0x85, 0x02, 0x85, 0x02,             // F00E STA WSYNC × 2
        0xA9, 0x00, 0x85, 0x00,             // F012 LDA #0; STA VSYNC (ends the frame)
        0xA2, 0x8E,                         // F016 LDX #142
        0x85, 0x02, 0x85, 0x02, 0xCA, 0xD0, 0xF9, // F018 loop: STA WSYNC × 2; DEX; BNE loop (284 lines)
        0x4C, 0x06, 0xF0,                   // F01F JMP frame
    ];

    [Fact]
    public void Long_frames_give_a_pal_console_with_250_lines_and_pal_colours()
    {
        var image = Enumerable.Repeat((byte)0xEA, 2048).ToArray();
        Program.CopyTo(image, 0);
        image[0x7FC] = 0x00;
        image[0x7FD] = 0xF0;
        using var env = new AtariEnv(AtariRom.ForGame(image, "pal.bin", ProbeRom.Joystick()), new AtariEnvOptions { ObservationType = AtariObservationType.Rgb });

        var observation = env.Reset().Observation.ToArray();

        Assert.Equal(TiaVideoStandard.Pal, env.Ale.Console.Standard);
        Assert.Equal([250, 160, 3], env.ObservationSpace.Shape.Dimensions.ToArray());
        Assert.NotEqual(PaletteTable.Ntsc.Rgb(Background), PaletteTable.Pal.Rgb(Background));
        uint expected = PaletteTable.Pal.Rgb(Background);
        int pixel = (100 * 160) + 80;
        Assert.Equal(Background, env.Ale.Screen[pixel]);
        Assert.Equal([(byte)(expected >> 16), (byte)(expected >> 8), (byte)expected], observation[(3 * pixel)..((3 * pixel) + 3)]);
    }
}
