using System.Buffers.Binary;
using System.Text;

namespace SamRL.Runner.TensorBoard;

/// <summary>
/// The few protobuf wire-format encodings the TensorBoard event messages need (varint, 32/64-bit fixed,
/// length-delimited), appended to a growable buffer.
/// </summary>
internal sealed class ProtobufWriter
{
    private const int WireVarint = 0;
    private const int WireFixed64 = 1;
    private const int WireLengthDelimited = 2;
    private const int WireFixed32 = 5;

    private byte[] buffer = new byte[256];

    /// <summary>Number of bytes written so far.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void WriteDouble(int field, double value)
    {
        WriteTag(field, WireFixed64);
        BinaryPrimitives.WriteDoubleLittleEndian(Reserve(sizeof(double)), value);
    }

    public void WriteFloat(int field, float value)
    {
        WriteTag(field, WireFixed32);
        BinaryPrimitives.WriteSingleLittleEndian(Reserve(sizeof(float)), value);
    }

    public void WriteInt64(int field, long value)
    {
        WriteTag(field, WireVarint);
        WriteVarint((ulong)value);
    }

    public void WriteString(int field, string value)
    {
        WriteTag(field, WireLengthDelimited);
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteVarint((ulong)byteCount);
        Encoding.UTF8.GetBytes(value, Reserve(byteCount));
    }

    /// <summary>Writes an embedded message whose encoding is <paramref name="message"/>.</summary>
    public void WriteMessage(int field, ReadOnlySpan<byte> message)
    {
        WriteTag(field, WireLengthDelimited);
        WriteVarint((ulong)message.Length);
        message.CopyTo(Reserve(message.Length));
    }

    private void WriteTag(int field, int wireType) => WriteVarint((ulong)((field << 3) | wireType));

    private void WriteVarint(ulong value)
    {
        while (value >= 0x80)
        {
            Reserve(1)[0] = (byte)(value | 0x80);
            value >>= 7;
        }

        Reserve(1)[0] = (byte)value;
    }

    private Span<byte> Reserve(int count)
    {
        if (Length + count > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, Length + count));
        }

        var span = buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }
}
