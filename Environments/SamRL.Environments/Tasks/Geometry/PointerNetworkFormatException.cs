namespace SamRL.Environments.Tasks.Geometry;

/// <summary>A Pointer-Network data file is malformed; the message names the file, line and what was expected.</summary>
public sealed class PointerNetworkFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="file"/> at 1-based <paramref name="line"/>.</summary>
    public PointerNetworkFormatException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
    }

    /// <summary>The file (or source name) being read.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the problem.</summary>
    public int Line { get; }
}
