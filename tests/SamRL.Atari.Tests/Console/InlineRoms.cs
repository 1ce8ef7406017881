namespace SamRL.Atari.Tests.Console;

/// <summary>Tiny hand-assembled 2K cartridges for console behaviour that needs no more than a few instructions.</summary>
internal static class InlineRoms
{
    /// <summary>A 2K image with <paramref name="program"/> at $F000, the rest <paramref name="fill"/>, reset vector $F000.</summary>
    public static byte[] TwoK(byte fill, params byte[] program)
    {
        var image = Enumerable.Repeat(fill, 2048).ToArray();
        program.CopyTo(image, 0);
        image[0x7FC] = 0x00;
        image[0x7FD] = 0xF0;
        return image;
    }

    /// <summary>JMP $F000 forever: never touches the TIA, so no frame ever ends.</summary>
    public static byte[] EndlessLoop() => TwoK(0xEA, 0x4C, 0x00, 0xF0);

    /// <summary>STA WSYNC; JMP $F000: one line per loop and never a VSYNC.</summary>
    public static byte[] WsyncLoop() => TwoK(0xEA, 0x85, 0x02, 0x4C, 0x00, 0xF0);

    /// <summary>Every byte is the jam opcode $02.</summary>
    public static byte[] Jam() => TwoK(0x02);
}
