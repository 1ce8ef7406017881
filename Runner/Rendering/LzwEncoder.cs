namespace SamRL.Runner.Rendering;

/// <summary>
/// The variable-length-code LZW compression of GIF image data (GIF89a specification, appendix F): codes of
/// <c>minimumCodeSize + 1</c> up to 12 bits, packed least-significant bit first into sub-blocks of at most 255
/// bytes, with a clear code at the start and whenever the 4096-entry code table is full.
/// </summary>
internal sealed class LzwEncoder
{
    private const int MaximumCodeBits = 12;
    private const int TableCapacity = 1 << MaximumCodeBits;

    private readonly Dictionary<int, int> table = new(TableCapacity);
    private readonly byte[] block = new byte[255];
    private int blockLength;
    private int bitBuffer;
    private int bitCount;

    /// <summary>Writes the minimum-code-size byte, the compressed <paramref name="indices"/> and the block terminator.</summary>
    public void Encode(Stream output, ReadOnlySpan<byte> indices, int minimumCodeSize)
    {
        var clearCode = 1 << minimumCodeSize;
        var endCode = clearCode + 1;
        var codeSize = minimumCodeSize + 1;
        var nextCode = clearCode + 2;
        table.Clear();
        blockLength = 0;
        bitBuffer = 0;
        bitCount = 0;

        output.WriteByte((byte)minimumCodeSize);
        WriteCode(output, clearCode, codeSize);
        var prefix = indices.IsEmpty ? -1 : indices[0];
        for (var i = 1; i < indices.Length; i++)
        {
            var symbol = indices[i];
            var key = (prefix << 8) | symbol;
            if (table.TryGetValue(key, out var code))
            {
                prefix = code;
                continue;
            }

            WriteCode(output, prefix, codeSize);
            if (nextCode < TableCapacity)
            {
                // The decoder adds its entry one code later than we do, so it widens its codes when the entry
                // we are about to add is the first one that needs the wider size.
                if (nextCode == 1 << codeSize)
                {
                    codeSize++;
                }

                table[key] = nextCode++;
            }
            else
            {
                WriteCode(output, clearCode, codeSize);
                table.Clear();
                codeSize = minimumCodeSize + 1;
                nextCode = clearCode + 2;
            }

            prefix = symbol;
        }

        if (prefix >= 0)
        {
            WriteCode(output, prefix, codeSize);
            if (nextCode < TableCapacity && nextCode == 1 << codeSize)
            {
                codeSize++;
            }
        }

        WriteCode(output, endCode, codeSize);
        if (bitCount > 0)
        {
            AppendByte(output, (byte)bitBuffer);
        }

        FlushBlock(output);
        output.WriteByte(0);
    }

    private void WriteCode(Stream output, int code, int codeSize)
    {
        bitBuffer |= code << bitCount;
        bitCount += codeSize;
        while (bitCount >= 8)
        {
            AppendByte(output, (byte)bitBuffer);
            bitBuffer >>= 8;
            bitCount -= 8;
        }
    }

    private void AppendByte(Stream output, byte value)
    {
        block[blockLength++] = value;
        if (blockLength == block.Length)
        {
            FlushBlock(output);
        }
    }

    private void FlushBlock(Stream output)
    {
        if (blockLength == 0)
        {
            return;
        }

        output.WriteByte((byte)blockLength);
        output.Write(block, 0, blockLength);
        blockLength = 0;
    }
}
