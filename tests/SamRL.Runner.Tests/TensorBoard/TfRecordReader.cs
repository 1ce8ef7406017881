using System.Buffers.Binary;

namespace SamRL.Runner.Tests.TensorBoard;

/// <summary>Splits a TFRecord file into payloads, checking both masked CRCs with the bitwise reference.</summary>
internal static class TfRecordReader
{
    public static List<byte[]> ReadAll(byte[] file)
    {
        var records = new List<byte[]>();
        var offset = 0;
        while (offset < file.Length)
        {
            var lengthBytes = file.AsSpan(offset, 8);
            var length = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(lengthBytes));
            Assert.Equal(BitwiseCrc32C.Masked(lengthBytes), BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset + 8, 4)));
            var payload = file.AsSpan(offset + 12, length);
            Assert.Equal(BitwiseCrc32C.Masked(payload), BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset + 12 + length, 4)));
            records.Add(payload.ToArray());
            offset += 12 + length + 4;
        }

        return records;
    }
}
