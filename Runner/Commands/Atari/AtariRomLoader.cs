using SamRL.Atari.Games;
using SamRL.Atari.Machine;
using SamRL.Atari.Machine.Cartridges;
using SamRL.Atari.Roms;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Commands.Atari;

/// <summary>Loads the <c>--rom</c> file of the atari commands and turns every ROM problem into one line of user input error.</summary>
internal static class AtariRomLoader
{
    /// <summary>
    /// Reads and identifies <paramref name="path"/>; <paramref name="gameName"/> names the game when its MD5 is unknown. A
    /// doubtful identification is written to <paramref name="error"/> as one warning line.
    /// </summary>
    /// <exception cref="UserInputException">The file is not a usable ROM, its MD5 is unknown and no game was named, or the game is unknown.</exception>
    public static AtariRom Load(string path, string? gameName, TextWriter error)
    {
        AtariRom rom;
        try
        {
            rom = AtariRom.Load(path, gameName);
        }
        catch (Exception exception) when (exception is InvalidRomException or UnknownRomException)
        {
            throw new UserInputException(exception.Message + (exception is UnknownRomException ? " Use --game NAME." : string.Empty));
        }
        catch (ArgumentException exception) when (gameName is not null && GameTable.TryFind(gameName) is null)
        {
            throw new UserInputException($"--game: {exception.Message.Split(" (Parameter", 2)[0]}");
        }

        if (rom.Warning is { } warning)
        {
            error.WriteLine($"warning: {warning}");
        }

        return rom;
    }

    /// <summary>Runs <paramref name="body"/>, reporting a CPU halt (a jam opcode in the ROM) as a user input error naming the ROM.</summary>
    /// <exception cref="UserInputException">The ROM halted the CPU.</exception>
    public static int GuardHalt(string romPath, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (AtariConsoleHaltedException halt)
        {
            throw new UserInputException($"ROM '{romPath}': {halt.Message}");
        }
    }
}
