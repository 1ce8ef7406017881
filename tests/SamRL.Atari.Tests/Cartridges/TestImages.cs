namespace SamRL.Atari.Tests.Cartridges;

internal static class TestImages
{
    /// <summary>
    /// An image where neighbouring bytes differ by 7 (or 10 every 256 bytes): no Stella signature can match,
    /// no 256-byte area is constant, and no two halves are equal.
    /// </summary>
    public static byte[] Patterned(int size)
    {
        var image = new byte[size];
        for (int i = 0; i < size; i++)
        {
            image[i] = (byte)((i * 7) + ((i >> 8) * 3));
        }

        return image;
    }

    public static byte[] WithBytesAt(byte[] image, int offset, params byte[] bytes)
    {
        bytes.CopyTo(image, offset);
        return image;
    }

    /// <summary>A Superchip-looking image: the first 256 bytes of every 4 KiB bank hold one value.</summary>
    public static byte[] WithConstantRamAreas(byte[] image)
    {
        for (int bank = 0; bank < image.Length / 4096; bank++)
        {
            Array.Fill(image, (byte)0xFF, bank * 4096, 256);
        }

        return image;
    }
}
