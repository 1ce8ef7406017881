namespace SamRL.Runner.Cli;

/// <summary>
/// Input the user can fix (an option value, a file, a folder, a game name). Its message is one line that names
/// the input and says what was expected; the command line prints it without a stack trace.
/// </summary>
public sealed class UserInputException(string message) : Exception(message);
