namespace SamRL.Atari.Machine.Cartridges;

/// <summary>Reads a ROM file with one clear error for every way the file can be unusable.</summary>
public static class RomFile
{
    /// <summary>The largest image accepted (a 3F cartridge of 256 banks × 2 KiB); bigger files are not read.</summary>
    public const int MaximumSize = 512 * 1024;

    /// <summary>
    /// Reads <paramref name="path"/>. Throws <see cref="InvalidRomException"/> naming the file and the accepted sizes
    /// when it is missing, a directory, unreadable, empty or too large.
    /// </summary>
    public static byte[] Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string expectation = $"a cartridge image of {CartridgeDetector.AcceptedSizes}";
        if (Directory.Exists(path))
        {
            throw new InvalidRomException(path, $"ROM '{path}' is a directory, not a file; expected {expectation}.");
        }

        byte[] image;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > MaximumSize)
            {
                throw new InvalidRomException(path,
                    $"ROM '{path}' has {stream.Length} bytes, more than any cartridge ({MaximumSize} bytes); expected {expectation}.");
            }

            image = new byte[stream.Length];
            stream.ReadExactly(image);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InvalidRomException(path, $"ROM '{path}' cannot be read ({error.Message}); expected {expectation}.", error);
        }

        if (image.Length == 0)
        {
            throw new InvalidRomException(path, $"ROM '{path}' is empty; expected {expectation}.");
        }

        return image;
    }

    /// <summary>Reads <paramref name="path"/> and builds its cartridge (detected, or of <paramref name="type"/>).</summary>
    public static Cartridge Load(string path, Mt19937 systemRandom, CartridgeType? type = null) =>
        CartridgeFactory.Create(Read(path), path, systemRandom, type);
}
