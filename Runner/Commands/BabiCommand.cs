using System.CommandLine;
using SamRL.Runner.Babi;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Commands;

/// <summary>
/// <c>babi --data DIR [options]</c>: joint training and evaluation of the paper's bAbI model on tasks 1–20
/// (SAM_STM_REFERENCE §5); <c>babi stats</c> stays a subcommand.
/// </summary>
public static class BabiCommand
{
    /// <summary>Builds the <c>babi</c> command with its training options and action, and the <c>stats</c> subcommand.</summary>
    public static Command Create()
    {
        var babi = BabiStatsCommand.CreateGroup();
        babi.Description = "bAbI question answering (tasks 1–20): train and test the paper's STM model jointly (babi --data DIR), or count a folder (babi stats).";
        var options = new BabiCommandOptions();
        options.AddTo(babi);
        babi.SetAction((parse, cancellation) => Task.Run(
            () => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
                BabiSession.Run(options.Resolve(parse), parse.GetValue(options.Resume), parse.InvocationConfiguration.Output, cancellation)),
            CancellationToken.None));
        return babi;
    }
}
