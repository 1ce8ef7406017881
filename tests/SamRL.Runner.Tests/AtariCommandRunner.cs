using System.CommandLine;
using SamRL.Atari.Roms;

namespace SamRL.Runner.Tests;

/// <summary>Runs <c>atari</c> command lines in process, and writes our own open-pong ROM to a temporary file for them.</summary>
internal static class AtariCommandRunner
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = CommandLine.Build().Parse(args);
        int exit = parse.Errors.Count > 0 ? -1 : parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (exit, output.ToString(), error.ToString());
    }

    public static string WriteOpenPong(TempDirectory folder)
    {
        string path = folder.Combine("open-pong.bin");
        File.WriteAllBytes(path, OpenPong.Rom.ToArray());
        return path;
    }
}
