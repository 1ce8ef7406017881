using System.CommandLine;
using SamRL.Runner.Commands;

namespace SamRL.Runner;

/// <summary>The SamRL command tree. Each command lives in its own file under Commands/.</summary>
public static class CommandLine
{
    /// <summary>Builds the root command with every subcommand attached.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "SamRL: reinforcement learning on Atari 2600 games with the memory models of " +
            "\"Self-Attentive Associative Memory\" (Le, Tran, Venkatesh, ICML 2020).");
        TrainCommand.Configure(root);
        root.Subcommands.Add(BenchEnvsCommand.AddTo(BenchAgentCommand.AddTo(BenchCommand.Create())));
        root.Subcommands.Add(BabiCommand.Create());
        root.Subcommands.Add(TaskCommand.Create());
        root.Subcommands.Add(ReplayCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(RomsCommand.Create());
        root.Subcommands.Add(AtariCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        return root;
    }
}
