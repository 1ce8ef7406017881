namespace SamRL.Atari.Tests.Tia;

/// <summary>Screen rows built from register values with the documented TIA layout rules, for comparing with the emulator.</summary>
internal static class ExpectedRows
{
    /// <summary>A row of 160 pixels of one colour.</summary>
    public static byte[] Filled(byte color) => Enumerable.Repeat(color, 160).ToArray();

    /// <summary>
    /// Paints one playfield half: 20 four-pixel bits, PF0 bits 4..7, PF1 bits 7..0, PF2 bits 0..7
    /// (<paramref name="reflected"/>: the same 20 bits in reverse order, as the right half shows them under CTRLPF bit 0).
    /// </summary>
    public static void PaintPlayfieldHalf(byte[] row, bool rightHalf, int pf0, int pf1, int pf2, bool reflected, byte color)
    {
        var bits = new List<bool>();
        for (int b = 4; b <= 7; b++) bits.Add(((pf0 >> b) & 1) != 0);
        for (int b = 7; b >= 0; b--) bits.Add(((pf1 >> b) & 1) != 0);
        for (int b = 0; b <= 7; b++) bits.Add(((pf2 >> b) & 1) != 0);
        if (reflected)
        {
            bits.Reverse();
        }

        for (int i = 0; i < 20; i++)
        {
            if (bits[i])
            {
                Paint(row, (rightHalf ? 80 : 0) + 4 * i, 4, color);
            }
        }
    }

    /// <summary>Paints <paramref name="width"/> pixels from <paramref name="x"/>, wrapping at the right edge.</summary>
    public static void Paint(byte[] row, int x, int width, byte color)
    {
        for (int i = 0; i < width; i++)
        {
            row[(x + i) % 160] = color;
        }
    }

    /// <summary>An unstretched player: bit 7 of the graphics is its leftmost pixel.</summary>
    public static void PaintPlayer(byte[] row, int x, byte graphics, byte color)
    {
        for (int bit = 0; bit < 8; bit++)
        {
            if ((graphics & (0x80 >> bit)) != 0)
            {
                row[(x + bit) % 160] = color;
            }
        }
    }
}
