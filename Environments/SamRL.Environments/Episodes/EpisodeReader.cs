using System.Buffers.Binary;

namespace SamRL.Environments.Episodes;

/// <summary>
/// Reads episode files (<see cref="EpisodeFormat"/>). A file cut off anywhere after its header reads back
/// every whole step record it holds, marked incomplete; corruption is reported as an
/// <see cref="EpisodeFormatException"/> naming the byte offset and what was expected. Memory use is bounded
/// by the file's actual content: no allocation is sized from a length field beyond the format's limits.
/// </summary>
public static class EpisodeReader
{
    /// <summary>Reads the episode file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="EpisodeFormatException">The file is not an episode file or is corrupt.</exception>
    public static EpisodeRecording Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Episode file not found: {path}", path);
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 64 * 1024);
        return Read(file, path);
    }

    /// <summary>Reads an episode from <paramref name="stream"/>; <paramref name="sourceName"/> appears in errors.</summary>
    /// <exception cref="EpisodeFormatException">The data is not an episode file or is corrupt.</exception>
    public static EpisodeRecording Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var input = new CountingReader(stream);
        var header = ReadHeader(input, sourceName);
        var steps = new List<EpisodeStep>();
        var checkpoints = new List<EpisodeCheckpoint>();
        Span<byte> record = stackalloc byte[EpisodeFormat.CheckpointRecordBytes];
        var segmentCrc = Crc32.Initial;
        long verified = 0;
        while (true)
        {
            var recordOffset = input.Offset;
            if (!input.TryReadExactly(record[..1]))
            {
                return new EpisodeRecording(header, steps, checkpoints, verified, isComplete: false, terminated: false, truncated: false);
            }

            var size = record[0] switch
            {
                EpisodeFormat.StepTag => EpisodeFormat.StepRecordBytes,
                EpisodeFormat.CheckpointTag => EpisodeFormat.CheckpointRecordBytes,
                EpisodeFormat.EndTag => EpisodeFormat.EndRecordBytes,
                _ => throw new EpisodeFormatException(sourceName, recordOffset, $"expected a record tag 'S', 'C' or 'E', got 0x{record[0]:X2}."),
            };
            var body = record[..size];
            if (!input.TryReadExactly(body[1..]))
            {
                // Cut off inside a record: keep every whole record before it.
                return new EpisodeRecording(header, steps, checkpoints, verified, isComplete: false, terminated: false, truncated: false);
            }

            if (record[0] == EpisodeFormat.StepTag)
            {
                segmentCrc = Crc32.Update(segmentCrc, body);
                steps.Add(new EpisodeStep(BinaryPrimitives.ReadInt32LittleEndian(body[1..]), BinaryPrimitives.ReadDoubleLittleEndian(body[5..])));
                continue;
            }

            segmentCrc = Crc32.Update(segmentCrc, body[..^4]);
            var storedCrc = BinaryPrimitives.ReadUInt32LittleEndian(body[^4..]);
            if (storedCrc != Crc32.Finish(segmentCrc))
            {
                throw new EpisodeFormatException(sourceName, recordOffset,
                    $"CRC mismatch for the records after step {verified}: expected 0x{storedCrc:X8}, computed 0x{Crc32.Finish(segmentCrc):X8}.");
            }

            segmentCrc = Crc32.Initial;
            var stepCount = BinaryPrimitives.ReadInt64LittleEndian(body[1..]);
            if (stepCount != steps.Count)
            {
                throw new EpisodeFormatException(sourceName, recordOffset + 1, $"expected a step count of {steps.Count}, the record says {stepCount}.");
            }

            verified = steps.Count;
            if (record[0] == EpisodeFormat.CheckpointTag)
            {
                checkpoints.Add(new EpisodeCheckpoint(stepCount, BinaryPrimitives.ReadUInt64LittleEndian(body[9..])));
                continue;
            }

            var terminated = ReadFlag(body[9], sourceName, recordOffset + 9, "terminated");
            var truncated = ReadFlag(body[10], sourceName, recordOffset + 10, "truncated");
            if (input.TryReadExactly(record[..1]))
            {
                throw new EpisodeFormatException(sourceName, input.Offset - 1, "expected the file to end after the end record.");
            }

            return new EpisodeRecording(header, steps, checkpoints, verified, isComplete: true, terminated, truncated);
        }
    }

    private static EpisodeHeader ReadHeader(CountingReader input, string source)
    {
        Span<byte> preamble = stackalloc byte[EpisodeFormat.PreambleBytes];
        if (!input.TryReadExactly(preamble[..8]) || !preamble[..8].SequenceEqual(EpisodeFormat.Magic))
        {
            throw new EpisodeFormatException(source, 0, "expected the magic bytes 'SAMRL-EP' of an episode file.");
        }

        if (!input.TryReadExactly(preamble[8..]))
        {
            throw new EpisodeFormatException(source, input.Offset, "the file ends inside the preamble; expected a version and a header length.");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(preamble[8..]);
        if (version != EpisodeFormat.Version)
        {
            throw new EpisodeFormatException(source, 8, $"expected format version {EpisodeFormat.Version}, got {version}.");
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(preamble[10..]);
        if (length > EpisodeFormat.MaxHeaderBytes)
        {
            throw new EpisodeFormatException(source, 10, $"expected a header of at most {EpisodeFormat.MaxHeaderBytes} bytes, the length field says {length}.");
        }

        if (input.Remaining is { } remaining && length + 4L > remaining)
        {
            throw new EpisodeFormatException(source, input.Offset, $"the file ends inside the header; the length field says {length} header bytes and a CRC, {remaining} bytes remain.");
        }

        var header = new byte[length];
        Span<byte> crc = stackalloc byte[4];
        if (!input.TryReadExactly(header) || !input.TryReadExactly(crc))
        {
            throw new EpisodeFormatException(source, input.Offset, $"the file ends inside the header; expected {length} header bytes and a CRC.");
        }

        var stored = BinaryPrimitives.ReadUInt32LittleEndian(crc);
        if (stored != Crc32.Compute(header))
        {
            throw new EpisodeFormatException(source, EpisodeFormat.PreambleBytes + length, $"header CRC mismatch: expected 0x{stored:X8}, computed 0x{Crc32.Compute(header):X8}.");
        }

        return EpisodeHeaderParser.Parse(header, source, EpisodeFormat.PreambleBytes);
    }

    private static bool ReadFlag(byte value, string source, long offset, string name) => value switch
    {
        0 => false,
        1 => true,
        _ => throw new EpisodeFormatException(source, offset, $"expected the {name} flag to be 0 or 1, got {value}."),
    };

    /// <summary>Reads exact byte counts from a stream and tracks the offset.</summary>
    private sealed class CountingReader(Stream stream)
    {
        public long Offset { get; private set; }

        /// <summary>Bytes left when the stream knows its length, so no buffer is sized beyond the data.</summary>
        public long? Remaining => stream.CanSeek ? stream.Length - stream.Position : null;

        public bool TryReadExactly(Span<byte> destination)
        {
            var read = stream.ReadAtLeast(destination, destination.Length, throwOnEndOfStream: false);
            Offset += read;
            return read == destination.Length;
        }
    }
}
