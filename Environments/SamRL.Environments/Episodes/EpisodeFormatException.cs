namespace SamRL.Environments.Episodes;

/// <summary>An episode file is malformed or corrupt; the message names the file, the byte offset and what was expected.</summary>
public sealed class EpisodeFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="file"/> at byte <paramref name="offset"/>.</summary>
    public EpisodeFormatException(string file, long offset, string problem)
        : base($"{file}: byte {offset}: {problem}")
    {
        File = file;
        Offset = offset;
    }

    /// <summary>The file (or source name) being read.</summary>
    public string File { get; }

    /// <summary>Byte offset of the problem from the start of the file.</summary>
    public long Offset { get; }
}
