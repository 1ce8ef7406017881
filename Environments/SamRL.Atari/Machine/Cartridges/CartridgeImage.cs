namespace SamRL.Atari.Machine.Cartridges;

/// <summary>Size checks shared by the cartridge constructors.</summary>
internal static class CartridgeImage
{
    public static void RequireSize(ReadOnlySpan<byte> image, int size, string scheme)
    {
        if (image.Length != size)
        {
            throw new ArgumentException(
                $"A {scheme} cartridge needs a {size}-byte image, got {image.Length} bytes.", nameof(image));
        }
    }
}
