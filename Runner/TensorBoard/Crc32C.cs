using System.Numerics;

namespace SamRL.Runner.TensorBoard;

/// <summary>
/// CRC-32C (Castagnoli), the checksum of the TFRecord framing, and TensorFlow's "masked" form of it.
/// </summary>
public static class Crc32C
{
    // TensorFlow masks stored CRCs so that a CRC computed over data that itself contains CRCs stays well mixed
    // (tensorflow/core/lib/hash/crc32c.h: rotate right by 15 bits, then add this constant).
    private const uint MaskDelta = 0xa282ead8u;

    /// <summary>The CRC-32C of <paramref name="data"/> (initial value and final XOR 0xFFFFFFFF).</summary>
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        while (data.Length >= sizeof(ulong))
        {
            crc = BitOperations.Crc32C(crc, BitConverter.ToUInt64(data));
            data = data[sizeof(ulong)..];
        }

        foreach (var value in data)
        {
            crc = BitOperations.Crc32C(crc, value);
        }

        return ~crc;
    }

    /// <summary>The masked CRC-32C that TFRecord files store: <c>((crc &gt;&gt; 15) | (crc &lt;&lt; 17)) + 0xa282ead8</c>.</summary>
    public static uint Mask(uint crc) => BitOperations.RotateRight(crc, 15) + MaskDelta;

    /// <summary>The masked CRC-32C of <paramref name="data"/>.</summary>
    public static uint ComputeMasked(ReadOnlySpan<byte> data) => Mask(Compute(data));
}
