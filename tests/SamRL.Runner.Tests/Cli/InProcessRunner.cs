using System.CommandLine;

namespace SamRL.Runner.Tests.Cli;

/// <summary>Runs a command line in this process with captured output, for commands that need no process isolation.</summary>
internal static class InProcessRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = CommandLine.Build().Parse(args);
        Assert.Empty(parse.Errors);
        var code = parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (code, output.ToString(), error.ToString());
    }
}
