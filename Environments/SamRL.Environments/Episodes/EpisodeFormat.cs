namespace SamRL.Environments.Episodes;

/// <summary>
/// The SamRL episode file format, version 1. Little-endian throughout.
/// </summary>
/// <remarks>
/// <code>
/// file       = magic "SAMRL-EP" (8 bytes) | version u16 | header length u32 | header | header CRC-32 u32 | record*
/// header     = environment id str | frame skip i32 | sticky-action probability f64 | environment seed u64
///            | agent seed u64 | ROM MD5 str (32 hex digits or empty) | agent id str | checkpoint id str
///            | checksum interval u32 | has state checksums u8 | setting count u16 | (key str | value str)*
/// str        = byte length u16 | UTF-8 bytes
/// record     = step | checkpoint | end
/// step       = 'S' | action i32 | reward f64                                  (13 bytes)
/// checkpoint = 'C' | steps so far u64 | state checksum u64 | CRC-32 u32       (21 bytes)
/// end        = 'E' | steps u64 | terminated u8 | truncated u8 | CRC-32 u32    (15 bytes)
/// </code>
/// A record's CRC-32 covers every record byte since the previous checkpoint (or since the header) up to
/// and excluding the CRC field itself, so a flipped bit is found at the next checkpoint. The writer flushes
/// after each checkpoint; a file cut off by a crash reads back every whole step record it contains. Every
/// length field is bounded by the limits below before anything is allocated from it, and the step count is
/// never preallocated from a field.
/// </remarks>
public static class EpisodeFormat
{
    /// <summary>The 8 bytes every episode file starts with.</summary>
    public static ReadOnlySpan<byte> Magic => "SAMRL-EP"u8;

    /// <summary>The format version this code writes and reads.</summary>
    public const ushort Version = 1;

    /// <summary>Largest header accepted, in bytes.</summary>
    public const int MaxHeaderBytes = 64 * 1024;

    /// <summary>Largest string in the header, in UTF-8 bytes.</summary>
    public const int MaxStringBytes = 1024;

    /// <summary>Most settings in the header.</summary>
    public const int MaxSettings = 256;

    /// <summary>Largest checksum interval, in steps.</summary>
    public const int MaxChecksumInterval = 1_000_000;

    internal const byte StepTag = (byte)'S';
    internal const byte CheckpointTag = (byte)'C';
    internal const byte EndTag = (byte)'E';
    internal const int StepRecordBytes = 13;
    internal const int CheckpointRecordBytes = 21;
    internal const int EndRecordBytes = 15;
    internal const int PreambleBytes = 8 + 2 + 4;
}
