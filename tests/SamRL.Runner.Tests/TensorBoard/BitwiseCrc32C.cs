namespace SamRL.Runner.Tests.TensorBoard;

/// <summary>CRC-32C computed bit by bit from the reflected Castagnoli polynomial, as an independent reference.</summary>
internal static class BitwiseCrc32C
{
    private const uint ReflectedPolynomial = 0x82F63B78u;

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ ReflectedPolynomial : crc >> 1;
            }
        }

        return ~crc;
    }

    public static uint Masked(ReadOnlySpan<byte> data)
    {
        var crc = Compute(data);
        return ((crc >> 15) | (crc << 17)) + 0xA282EAD8u;
    }
}
