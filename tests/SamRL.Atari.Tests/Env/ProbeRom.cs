using SamRL.Atari.Games;
using SamRL.Atari.Machine;
using SamRL.Atari.Roms;

namespace SamRL.Atari.Tests.Env;

/// <summary>
/// A hand-assembled 2K cartridge that reports its inputs in RAM every frame, so tests can see exactly what the
/// environment pressed. Boot clears $80–$9F. Each frame: dump the pots, release them and count scanlines until
/// INPT0 and INPT1 charge (last uncharged line in $84 and $85, 255 lines at most), then VSYNC for three lines, store
/// SWCHA in $80, SWCHB in $81, INPT4 in $82, increment $83 (frames since boot), increment $90 (the mode byte) when
/// SELECT is held, and end the frame by clearing VSYNC.
/// </summary>
internal static class ProbeRom
{
    public const int Swcha = 0x80;
    public const int Swchb = 0x81;
    public const int Inpt4 = 0x82;
    public const int FrameCounter = 0x83;
    public const int Inpt0Lines = 0x84;
    public const int Inpt1Lines = 0x85;
    public const int ModeByte = 0x90;

    private static readonly byte[] Program =
    [
        0x78, 0xD8, 0xA2, 0xFF, 0x9A,       // F000 SEI; CLD; LDX #$FF; TXS
        0xA9, 0x00, 0xA2, 0x20,             // F005 LDA #0; LDX #$20
        0x95, 0x7F, 0xCA, 0xD0, 0xFB,       // F009 clear: STA $7F,X; DEX; BNE clear
        0xA9, 0x82, 0x85, 0x01, 0x85, 0x02, // F00E frame: LDA #$82; STA VBLANK (dump pots); STA WSYNC
        0xA9, 0x00, 0x85, 0x01,             // F014 LDA #0; STA VBLANK (release pots)
        0x85, 0x84, 0x85, 0x85, 0xA0, 0x00, // F018 STA $84; STA $85; LDY #0
        0x85, 0x02, 0xC8, 0xF0, 0x14,       // F01E pot: STA WSYNC; INY; BEQ done
        0x24, 0x08, 0x30, 0x02, 0x84, 0x84, // F023 BIT INPT0; BMI +2; STY $84
        0x24, 0x09, 0x30, 0x02, 0x84, 0x85, // F029 BIT INPT1; BMI +2; STY $85
        0x24, 0x08, 0x10, 0xEB,             // F02F BIT INPT0; BPL pot
        0x24, 0x09, 0x10, 0xE7,             // F033 BIT INPT1; BPL pot
        0xA9, 0x02, 0x85, 0x00,             // F037 done: LDA #2; STA VSYNC
        0x85, 0x02, 0x85, 0x02, 0x85, 0x02, // F03B STA WSYNC × 3
        0xAD, 0x80, 0x02, 0x85, 0x80,       // F041 LDA SWCHA; STA $80
        0xAD, 0x82, 0x02, 0x85, 0x81,       // F046 LDA SWCHB; STA $81
        0xA5, 0x0C, 0x85, 0x82,             // F04B LDA INPT4; STA $82
        0xE6, 0x83,                         // F04F INC $83
        0xA5, 0x81, 0x29, 0x02, 0xD0, 0x02, // F051 LDA $81; AND #2; BNE +2
        0xE6, 0x90,                         // F057 INC $90
        0xA9, 0x00, 0x85, 0x00,             // F059 LDA #0; STA VSYNC (ends the frame)
        0x4C, 0x0E, 0xF0,                   // F05D JMP frame
    ];

    /// <summary>The 2K image: the program at $F000, NOPs after it, reset vector $F000.</summary>
    public static byte[] Image()
    {
        var image = Enumerable.Repeat((byte)0xEA, 2048).ToArray();
        Program.CopyTo(image, 0);
        image[0x7FC] = 0x00;
        image[0x7FD] = 0xF0;
        return image;
    }

    /// <summary>A joystick game on the probe with <see cref="ProbeRules"/>; no mode selection unless given.</summary>
    public static GameDefinition Joystick(ModeSelection? modeSelection = null, IReadOnlyList<int>? modes = null, int terminalAtFrame = int.MaxValue) => new()
    {
        Name = "probe",
        IdName = "Probe",
        Md5s = [],
        MinimalActions = [0, 1, 2, 5],
        Modes = modes ?? [0],
        Difficulties = [0, 1, 2, 3],
        ModeSelection = modeSelection,
        CreateRules = () => new ProbeRules(terminalAtFrame),
    };

    /// <summary>A paddle game (left port) on the probe.</summary>
    public static GameDefinition Paddles(bool swap) => Joystick() with
    {
        LeftController = AtariConsoleController.Paddles,
        SwapPaddles = swap,
    };

    public static AtariRom Rom(GameDefinition game) => AtariRom.ForGame(Image(), "probe.bin", game);
}
