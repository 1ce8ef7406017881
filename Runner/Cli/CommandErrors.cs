using System.Text.Json;

namespace SamRL.Runner.Cli;

/// <summary>
/// Turns the failures a user can act on into one line on stderr and an exit code, so that bad input never shows
/// a stack trace.
/// </summary>
public static class CommandErrors
{
    /// <summary>Runs <paramref name="command"/> and maps its expected failures to exit codes.</summary>
    public static int Run(TextWriter error, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (Exception exception) when (ExitCodeOf(exception) is { } code)
        {
            error.WriteLine($"error: {OneLine(exception.Message)}");
            return code;
        }
    }

    /// <summary>Asynchronous form of <see cref="Run(TextWriter, Func{int})"/>.</summary>
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> command)
    {
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (Exception exception) when (ExitCodeOf(exception) is { } code)
        {
            await error.WriteLineAsync($"error: {OneLine(exception.Message)}").ConfigureAwait(false);
            return code;
        }
    }

    /// <summary>The exit code for an exception the user can act on, or null for a bug.</summary>
    public static int? ExitCodeOf(Exception exception) => exception switch
    {
        UserInputException or InvalidDataException or JsonException or FormatException => ExitCodes.BadInput,
        FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException => ExitCodes.BadInput,
        FeatureUnavailableException => ExitCodes.Unavailable,
        IOException => ExitCodes.BadInput,
        _ => null,
    };

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
