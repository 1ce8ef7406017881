using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SamRL.Atari.Machine;

/// <summary>
/// Turns TIA palette indices (the screen's bytes) into RGB or grey exactly as ALE's <c>ColourPalette</c> does.
/// ALE keeps one 256-entry table per standard: even entries hold the colour, odd entries the grey of the colour
/// below them, and its grey conversion of index i reads entry i + 1. The TIA only produces even indices, except
/// on PAL with colour loss, where odd indices appear; those convert as ALE converts them (RGB = the grey entry,
/// grey = the blue byte of the next colour, 0 past the table's end).
/// </summary>
public sealed partial class PaletteTable
{
    /// <summary>ALE's NTSC palette.</summary>
    public static readonly PaletteTable Ntsc = new(NtscColors);

    /// <summary>ALE's PAL palette.</summary>
    public static readonly PaletteTable Pal = new(PalColors);

    private readonly uint[] packed = new uint[256];
    private readonly byte[] red = new byte[256];
    private readonly byte[] green = new byte[256];
    private readonly byte[] blue = new byte[256];
    private readonly byte[] gray = new byte[256];
    private readonly uint[] rgbInMemoryOrder = new uint[256];

    private PaletteTable(ReadOnlySpan<uint> colors)
    {
        for (int i = 0; i < 128; i++)
        {
            uint color = colors[i];
            byte luminance = Luminance(color);
            packed[2 * i] = color;
            packed[2 * i + 1] = luminance * 0x010101u;
        }

        for (int i = 0; i < 256; i++)
        {
            red[i] = (byte)(packed[i] >> 16);
            green[i] = (byte)(packed[i] >> 8);
            blue[i] = (byte)packed[i];
            gray[i] = i < 255 ? (byte)packed[i + 1] : (byte)0;
            rgbInMemoryOrder[i] = BitConverter.IsLittleEndian
                ? (uint)(red[i] | green[i] << 8 | blue[i] << 16)
                : (uint)(red[i] << 24 | green[i] << 16 | blue[i] << 8);
        }
    }

    /// <summary>The palette ALE uses for a television standard.</summary>
    public static PaletteTable For(TiaVideoStandard standard) => standard switch
    {
        TiaVideoStandard.Ntsc => Ntsc,
        TiaVideoStandard.Pal => Pal,
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, "Expected Ntsc or Pal."),
    };

    /// <summary>ALE's grey level of an RGB colour: round(0.2989 R + 0.5870 G + 0.1140 B), halves away from zero.</summary>
    public static byte Luminance(uint rgb)
    {
        double r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        return (byte)Math.Round(r * 0.2989 + g * 0.5870 + b * 0.1140, MidpointRounding.AwayFromZero);
    }

    /// <summary>The 0xRRGGBB value ALE's RGB screen shows for a palette index.</summary>
    public uint Rgb(byte index) => packed[index];

    /// <summary>The value ALE's grayscale screen shows for a palette index.</summary>
    public byte Gray(byte index) => gray[index];

    /// <summary>Writes R, G, B per pixel (interleaved, row-major) into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 3 × the screen.</exception>
    public void ToRgb(ReadOnlySpan<byte> screen, Span<byte> destination)
    {
        if (destination.Length < 3 * screen.Length)
        {
            throw new ArgumentException($"The RGB buffer holds {destination.Length} bytes; {3 * screen.Length} are needed (3 per pixel).", nameof(destination));
        }

        if (screen.IsEmpty)
        {
            return;
        }

        // Per pixel one 4-byte store of R, G, B and a spare byte that the next pixel's store overwrites: a third of
        // the stores of a byte-by-byte loop, without bounds checks (the length was checked above). This runs for
        // every RGB frame, so it is written by hand with Unsafe.
        ref byte source = ref MemoryMarshal.GetReference(screen);
        ref byte target = ref MemoryMarshal.GetReference(destination);
        ref uint table = ref MemoryMarshal.GetArrayDataReference(rgbInMemoryOrder);
        int last = screen.Length - 1;
        for (int i = 0; i < last; i++)
        {
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, 3 * i), Unsafe.Add(ref table, Unsafe.Add(ref source, i)));
        }

        byte lastIndex = screen[last];
        destination[3 * last] = red[lastIndex];
        destination[3 * last + 1] = green[lastIndex];
        destination[3 * last + 2] = blue[lastIndex];
    }

    /// <summary>Writes one grey byte per pixel into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the screen.</exception>
    public void ToGray(ReadOnlySpan<byte> screen, Span<byte> destination)
    {
        if (destination.Length < screen.Length)
        {
            throw new ArgumentException($"The grey buffer holds {destination.Length} bytes; {screen.Length} are needed (1 per pixel).", nameof(destination));
        }

        ref byte source = ref MemoryMarshal.GetReference(screen);
        ref byte target = ref MemoryMarshal.GetReference(destination);
        ref byte table = ref MemoryMarshal.GetArrayDataReference(gray);
        for (int i = 0; i < screen.Length; i++)
        {
            Unsafe.Add(ref target, i) = Unsafe.Add(ref table, Unsafe.Add(ref source, i));
        }
    }
}
