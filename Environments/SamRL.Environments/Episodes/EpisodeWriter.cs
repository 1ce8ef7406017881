using System.Buffers.Binary;
using System.Text;

namespace SamRL.Environments.Episodes;

/// <summary>
/// Streams an episode file (<see cref="EpisodeFormat"/>): the header at creation, then one record per
/// <see cref="WriteStep"/>, a checkpoint per <see cref="WriteCheckpoint"/> (flushed to disk), and an end
/// record from <see cref="Complete"/>. Writing a step does not allocate. Not thread-safe.
/// </summary>
/// <remarks>
/// Step records go through the file's write buffer and reach the disk at the next checkpoint (the recorder
/// writes one every <see cref="EpisodeHeader.ChecksumInterval"/> steps) or on <see cref="Dispose"/>, so a
/// process that dies loses at most the steps since its last checkpoint; everything on disk reads back.
/// </remarks>
public sealed class EpisodeWriter : IDisposable
{
    private readonly Stream stream;
    private readonly bool leaveOpen;
    private uint segmentCrc = Crc32.Initial;
    private bool completed;
    private bool disposed;

    /// <summary>Writes the header of <paramref name="header"/> to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentException">The header is invalid or the stream is not writable.</exception>
    public EpisodeWriter(Stream stream, EpisodeHeader header, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(header);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("Expected a writable stream.", nameof(stream));
        }

        header.Validate();
        this.stream = stream;
        this.leaveOpen = leaveOpen;
        Header = header;
        WriteHeader(header);
        stream.Flush();
    }

    /// <summary>The header written at the start of the file.</summary>
    public EpisodeHeader Header { get; }

    /// <summary>Steps written so far.</summary>
    public long StepCount { get; private set; }

    /// <summary>Creates (or replaces) the file at <paramref name="path"/> and writes the header.</summary>
    public static EpisodeWriter Create(string path, EpisodeHeader header)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(header);
        header.Validate();
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 64 * 1024);
        try
        {
            return new EpisodeWriter(file, header);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Appends one step.</summary>
    /// <exception cref="InvalidOperationException">The episode was completed or the writer disposed.</exception>
    public void WriteStep(int action, double reward)
    {
        EnsureOpen();
        Span<byte> record = stackalloc byte[EpisodeFormat.StepRecordBytes];
        record[0] = EpisodeFormat.StepTag;
        BinaryPrimitives.WriteInt32LittleEndian(record[1..], action);
        BinaryPrimitives.WriteDoubleLittleEndian(record[5..], reward);
        WriteRecordBytes(record);
        StepCount++;
    }

    /// <summary>Appends a checkpoint with the environment's state checksum after <see cref="StepCount"/> steps, and flushes.</summary>
    /// <exception cref="InvalidOperationException">The episode was completed or the writer disposed.</exception>
    public void WriteCheckpoint(ulong stateChecksum)
    {
        EnsureOpen();
        Span<byte> record = stackalloc byte[EpisodeFormat.CheckpointRecordBytes];
        record[0] = EpisodeFormat.CheckpointTag;
        BinaryPrimitives.WriteInt64LittleEndian(record[1..], StepCount);
        BinaryPrimitives.WriteUInt64LittleEndian(record[9..], stateChecksum);
        WriteSealedRecord(record);
    }

    /// <summary>Appends the end record and flushes; no records may follow.</summary>
    /// <exception cref="InvalidOperationException">The episode was already completed or the writer disposed.</exception>
    public void Complete(bool terminated, bool truncated)
    {
        EnsureOpen();
        Span<byte> record = stackalloc byte[EpisodeFormat.EndRecordBytes];
        record[0] = EpisodeFormat.EndTag;
        BinaryPrimitives.WriteInt64LittleEndian(record[1..], StepCount);
        record[9] = terminated ? (byte)1 : (byte)0;
        record[10] = truncated ? (byte)1 : (byte)0;
        WriteSealedRecord(record);
        completed = true;
    }

    /// <summary>Flushes and closes the file; an episode not <see cref="Complete"/>d reads back as incomplete.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        stream.Flush();
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }

    private void WriteRecordBytes(ReadOnlySpan<byte> bytes)
    {
        segmentCrc = Crc32.Update(segmentCrc, bytes);
        stream.Write(bytes);
    }

    /// <summary>Writes a record whose last 4 bytes are the CRC of the segment that it closes.</summary>
    private void WriteSealedRecord(Span<byte> record)
    {
        var body = record[..^4];
        segmentCrc = Crc32.Update(segmentCrc, body);
        BinaryPrimitives.WriteUInt32LittleEndian(record[^4..], Crc32.Finish(segmentCrc));
        stream.Write(record);
        stream.Flush();
        segmentCrc = Crc32.Initial;
    }

    private void EnsureOpen()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (completed)
        {
            throw new InvalidOperationException("The episode is complete: no records may follow the end record.");
        }
    }

    private void WriteHeader(EpisodeHeader header)
    {
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            WriteString(writer, header.EnvironmentId);
            writer.Write(header.FrameSkip);
            writer.Write(header.StickyActionProbability);
            writer.Write(header.EnvironmentSeed);
            writer.Write(header.AgentSeed);
            WriteString(writer, header.RomMd5);
            WriteString(writer, header.AgentId);
            WriteString(writer, header.CheckpointId);
            writer.Write((uint)header.ChecksumInterval);
            writer.Write(header.HasStateChecksums ? (byte)1 : (byte)0);
            writer.Write((ushort)header.Settings.Count);
            foreach (var (key, value) in header.Settings.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                WriteString(writer, key);
                WriteString(writer, value);
            }
        }

        var bytes = body.ToArray();
        if (bytes.Length > EpisodeFormat.MaxHeaderBytes)
        {
            throw new ArgumentException($"The header takes {bytes.Length} bytes; expected at most {EpisodeFormat.MaxHeaderBytes}.", nameof(header));
        }

        Span<byte> preamble = stackalloc byte[EpisodeFormat.PreambleBytes];
        EpisodeFormat.Magic.CopyTo(preamble);
        BinaryPrimitives.WriteUInt16LittleEndian(preamble[8..], EpisodeFormat.Version);
        BinaryPrimitives.WriteUInt32LittleEndian(preamble[10..], (uint)bytes.Length);
        stream.Write(preamble);
        stream.Write(bytes);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(crc, Crc32.Compute(bytes));
        stream.Write(crc);
    }

    private static void WriteString(BinaryWriter writer, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        writer.Write((ushort)bytes.Length);
        writer.Write(bytes);
    }
}
