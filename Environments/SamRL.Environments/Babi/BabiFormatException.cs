namespace SamRL.Environments.Babi;

/// <summary>A bAbI file is malformed; the message names the file, the line and what was expected.</summary>
public sealed class BabiFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="file"/> at 1-based <paramref name="line"/>.</summary>
    public BabiFormatException(string file, int line, string problem)
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
