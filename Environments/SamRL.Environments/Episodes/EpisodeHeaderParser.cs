using System.Buffers.Binary;
using System.Text;

namespace SamRL.Environments.Episodes;

/// <summary>Parses the header bytes of an episode file, checking every length against the remaining bytes and the format's limits.</summary>
internal ref struct EpisodeHeaderParser(ReadOnlySpan<byte> bytes, string source, long baseOffset)
{
    private readonly ReadOnlySpan<byte> bytes = bytes;
    private int position;

    public static EpisodeHeader Parse(ReadOnlySpan<byte> bytes, string source, long baseOffset)
    {
        var parser = new EpisodeHeaderParser(bytes, source, baseOffset);
        var environmentId = parser.String("environment id");
        var frameSkip = BinaryPrimitives.ReadInt32LittleEndian(parser.Take(4, "frame skip"));
        var sticky = BinaryPrimitives.ReadDoubleLittleEndian(parser.Take(8, "sticky-action probability"));
        var environmentSeed = BinaryPrimitives.ReadUInt64LittleEndian(parser.Take(8, "environment seed"));
        var agentSeed = BinaryPrimitives.ReadUInt64LittleEndian(parser.Take(8, "agent seed"));
        var romMd5 = parser.String("ROM MD5");
        var agentId = parser.String("agent id");
        var checkpointId = parser.String("checkpoint id");
        var interval = BinaryPrimitives.ReadUInt32LittleEndian(parser.Take(4, "checksum interval"));
        var hasChecksums = parser.Take(1, "state-checksum flag")[0];
        var settingsOffset = parser.position;
        var settingCount = BinaryPrimitives.ReadUInt16LittleEndian(parser.Take(2, "setting count"));
        if (settingCount > EpisodeFormat.MaxSettings)
        {
            throw parser.Error(settingsOffset, $"expected at most {EpisodeFormat.MaxSettings} settings, got {settingCount}.");
        }

        var settings = new Dictionary<string, string>(settingCount, StringComparer.Ordinal);
        for (var i = 0; i < settingCount; i++)
        {
            var keyOffset = parser.position;
            var key = parser.String($"setting {i} key");
            if (!settings.TryAdd(key, parser.String($"setting '{key}' value")))
            {
                throw parser.Error(keyOffset, $"setting '{key}' appears twice.");
            }
        }

        if (parser.position != bytes.Length)
        {
            throw parser.Error(parser.position, $"expected the header to end here, but {bytes.Length - parser.position} bytes remain.");
        }

        if (hasChecksums > 1)
        {
            throw parser.Error(settingsOffset - 1, $"expected a state-checksum flag of 0 or 1, got {hasChecksums}.");
        }

        var header = new EpisodeHeader
        {
            EnvironmentId = environmentId,
            FrameSkip = frameSkip,
            StickyActionProbability = sticky,
            EnvironmentSeed = environmentSeed,
            AgentSeed = agentSeed,
            RomMd5 = romMd5,
            AgentId = agentId,
            CheckpointId = checkpointId,
            ChecksumInterval = interval > EpisodeFormat.MaxChecksumInterval ? -1 : (int)interval,
            HasStateChecksums = hasChecksums == 1,
            Settings = settings,
        };
        try
        {
            header.Validate();
        }
        catch (ArgumentException exception)
        {
            throw parser.Error(0, $"invalid header field: {exception.Message}");
        }

        return header;
    }

    private ReadOnlySpan<byte> Take(int count, string field)
    {
        if (bytes.Length - position < count)
        {
            throw Error(position, $"the header ends inside the {field}; expected {count} more bytes.");
        }

        var slice = bytes.Slice(position, count);
        position += count;
        return slice;
    }

    private string String(string field)
    {
        var lengthOffset = position;
        var length = BinaryPrimitives.ReadUInt16LittleEndian(Take(2, $"{field} length"));
        if (length > EpisodeFormat.MaxStringBytes)
        {
            throw Error(lengthOffset, $"{field}: expected at most {EpisodeFormat.MaxStringBytes} bytes, the length field says {length}.");
        }

        var text = Take(length, field);
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(text);
        }
        catch (DecoderFallbackException)
        {
            throw Error(lengthOffset + 2, $"{field}: expected UTF-8 text.");
        }
    }

    private readonly EpisodeFormatException Error(int offsetInHeader, string problem) =>
        new(source, baseOffset + offsetInHeader, problem);
}
