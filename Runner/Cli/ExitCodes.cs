namespace SamRL.Runner.Cli;

/// <summary>Process exit codes of the command line.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command ran but its check failed (e.g. <c>replay --check</c> found a reward mismatch).</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad input: an option value, a missing or corrupt file, an unknown game. Nothing was changed.</summary>
    public const int BadInput = 2;

    /// <summary>Something needed is not available in this build or on this machine (e.g. the Atari environment).</summary>
    public const int Unavailable = 3;

    /// <summary>An unexpected internal failure.</summary>
    public const int InternalError = 70;
}
