using SamRL.Runner.TensorBoard;

namespace SamRL.Runner.Tests.TensorBoard;

public class TfRecordWriterTests
{
    [Fact]
    public void Record_is_length_crc_payload_crc()
    {
        using var stream = new MemoryStream();
        new TfRecordWriter(stream).Write([1, 2, 3]);

        var bytes = stream.ToArray();
        Assert.Equal(8 + 4 + 3 + 4, bytes.Length);
        Assert.Equal(new byte[] { 3, 0, 0, 0, 0, 0, 0, 0 }, bytes[..8]);
        Assert.Equal(BitConverter.GetBytes(BitwiseCrc32C.Masked(bytes.AsSpan(0, 8))), bytes[8..12]);
        Assert.Equal(new byte[] { 1, 2, 3 }, bytes[12..15]);
        Assert.Equal(BitConverter.GetBytes(BitwiseCrc32C.Masked([1, 2, 3])), bytes[15..]);
    }

    [Fact]
    public void Consecutive_records_are_read_back_in_order()
    {
        using var stream = new MemoryStream();
        var writer = new TfRecordWriter(stream);
        writer.Write([]);
        writer.Write(Enumerable.Range(0, 300).Select(i => (byte)i).ToArray());

        var records = TfRecordReader.ReadAll(stream.ToArray());

        Assert.Equal(2, records.Count);
        Assert.Empty(records[0]);
        Assert.Equal(300, records[1].Length);
        Assert.Equal(299 % 256, records[1][299]);
    }
}
