using System.Diagnostics;

namespace SamRL.Runner.Tests.Cli;

/// <summary>Runs the built SamRL.Runner as a child process, the way a user does, with output redirected.</summary>
internal static class RunnerProcess
{
    public static string RunnerDll => Path.Combine(AppContext.BaseDirectory, "SamRL.Runner.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        // Through `env --default-signal=INT` (which then execs dotnet, keeping the pid): a shell starts background
        // jobs with SIGINT ignored, children inherit that, and .NET then never raises Ctrl+C, so the interrupt tests
        // would fail whenever the test run itself was started in the background.
        var start = new ProcessStartInfo("env")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(RunnerDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    public static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"SamRL.Runner {string.Join(' ', args)} did not finish in 2 minutes.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
