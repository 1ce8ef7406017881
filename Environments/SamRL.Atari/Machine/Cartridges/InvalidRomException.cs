namespace SamRL.Atari.Machine.Cartridges;

/// <summary>A file or image that cannot be used as a cartridge; the message names the ROM and what was expected.</summary>
public sealed class InvalidRomException : Exception
{
    /// <summary>Creates the exception for <paramref name="romName"/>.</summary>
    public InvalidRomException(string romName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        RomName = romName;
    }

    /// <summary>The file path or name of the rejected ROM.</summary>
    public string RomName { get; }
}
