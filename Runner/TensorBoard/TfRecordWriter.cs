using System.Buffers.Binary;

namespace SamRL.Runner.TensorBoard;

/// <summary>
/// Writes records in the TFRecord framing: a little-endian uint64 length, the masked CRC-32C of those 8 bytes,
/// the payload, and the masked CRC-32C of the payload.
/// </summary>
public sealed class TfRecordWriter(Stream output)
{
    private readonly byte[] header = new byte[sizeof(ulong) + sizeof(uint)];
    private readonly byte[] footer = new byte[sizeof(uint)];

    /// <summary>Appends one framed record holding <paramref name="payload"/>.</summary>
    public void Write(ReadOnlySpan<byte> payload)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(header, (ulong)payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(
            header.AsSpan(sizeof(ulong)), Crc32C.ComputeMasked(header.AsSpan(0, sizeof(ulong))));
        BinaryPrimitives.WriteUInt32LittleEndian(footer, Crc32C.ComputeMasked(payload));
        output.Write(header);
        output.Write(payload);
        output.Write(footer);
    }
}
