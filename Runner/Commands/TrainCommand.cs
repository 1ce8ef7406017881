using System.CommandLine;
using SamRL.Runner.Cli;
using SamRL.Runner.Training;
using Spectre.Console;

namespace SamRL.Runner.Commands;

/// <summary>
/// The training command, which is the root command itself: <c>SamRL.Runner &lt;game&gt; [options]</c>
/// (e.g. the main job, <c>SamRL.Runner pong --frameskip 32 --workers 16</c>).
/// </summary>
public static class TrainCommand
{
    /// <summary>Adds the game argument and the training options to <paramref name="root"/> and makes training its action.</summary>
    public static void Configure(RootCommand root)
    {
        var options = new TrainOptions();
        options.AddTo(root);
        root.SetAction((parse, cancellation) => Task.Run(
            () => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
            {
                var settings = options.Resolve(parse);
                return TrainingSession.Run(
                    settings, parse.GetValue(options.Resume), UseLiveDisplay(), parse.InvocationConfiguration.Output, cancellation);
            }),
            CancellationToken.None));
    }

    /// <summary>A live display needs an interactive terminal; redirected output and CI get plain log lines.</summary>
    private static bool UseLiveDisplay() =>
        !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("CI") is null
        && AnsiConsole.Profile.Capabilities.Interactive;
}
