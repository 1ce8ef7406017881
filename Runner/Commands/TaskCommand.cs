using System.CommandLine;
using SamRL.Runner.Cli;
using SamRL.Runner.Supervised;
using Spectre.Console;

namespace SamRL.Runner.Commands;

/// <summary>
/// <c>SamRL.Runner task &lt;name&gt; [options]</c>: supervised training of STM or a baseline on one of the paper's tasks
/// with the authors' protocol (e.g. <c>SamRL.Runner task copy --model lstm</c>).
/// </summary>
public static class TaskCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("task", "Train STM, LSTM or ALSTM on one of the paper's supervised tasks (associative retrieval, Nth-farthest, copy, priority sort, RAR, convex hull, TSP, shortest path, MST).");
        var options = new TaskOptions();
        options.AddTo(command);
        command.SetAction((parse, cancellation) => Task.Run(
            () => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
            {
                var settings = options.Resolve(parse);
                return TaskSession.Run(settings, parse.GetValue(options.Resume), UseLiveDisplay(), parse.InvocationConfiguration.Output, cancellation);
            }),
            CancellationToken.None));
        return command;
    }

    /// <summary>A live display needs an interactive terminal; redirected output and CI get plain log lines.</summary>
    private static bool UseLiveDisplay() =>
        !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("CI") is null
        && AnsiConsole.Profile.Capabilities.Interactive;
}
