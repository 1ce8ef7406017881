using System.CommandLine;
using SamRL.Runner;
using SamRL.Memory;
using SamRL.Runner.Cli;

TensorMemoryReuse.Enable();
var parse = CommandLine.Build().Parse(args);
if (parse.Errors.Count > 0)
{
    // One line for a mistyped command line, not the help text: it says what is wrong and where to look.
    Console.Error.WriteLine($"error: {string.Join("; ", parse.Errors.Select(error => error.Message))} (see SamRL.Runner --help)");
    return ExitCodes.BadInput;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration
    {
        EnableDefaultExceptionHandler = false,
        // Ctrl+C cancels training, which then writes its final checkpoint; give it time to do so.
        ProcessTerminationTimeout = TimeSpan.FromMinutes(2),
    });
}
catch (Exception exception)
{
    var inner = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
    Console.Error.WriteLine($"error: internal failure ({inner.GetType().Name}): {inner.Message.ReplaceLineEndings(" ")}");
    return ExitCodes.InternalError;
}
