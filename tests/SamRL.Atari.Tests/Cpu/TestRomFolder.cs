using System.Diagnostics;

namespace SamRL.Atari.Tests.Cpu;

/// <summary>The project's own test ROMs (Environments/SamRL.Atari/TestRoms), and dasm when it is installed.</summary>
internal static class TestRomFolder
{
    public static string Path { get; } = Find();

    public static byte[] Read(string fileName) => File.ReadAllBytes(System.IO.Path.Combine(Path, fileName));

    /// <summary>Assembles <paramref name="source"/> with dasm (raw output); null when dasm is not on the PATH.</summary>
    public static byte[]? Assemble(string source)
    {
        string? dasm = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => System.IO.Path.Combine(directory, "dasm"))
            .FirstOrDefault(File.Exists);
        if (dasm is null)
        {
            return null;
        }

        string output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"samrl-{Guid.NewGuid():N}.bin");
        try
        {
            var start = new ProcessStartInfo(dasm, [source, "-f3", "-o" + output])
            {
                WorkingDirectory = Path,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using Process process = Process.Start(start)!;
            string log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"dasm failed on {source}:\n{log}");
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = System.IO.Path.Combine(directory.FullName, "Environments", "SamRL.Atari", "TestRoms");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No Environments/SamRL.Atari/TestRoms above {AppContext.BaseDirectory}.");
    }
}
