using System.Diagnostics;
using Xunit.Abstractions;

namespace SamRL.Atari.Tests.Tia;

/// <summary>The committed tia_*.bin files are what their sources assemble to (checked when dasm is installed).</summary>
public sealed class TestRomAssemblyTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sources() => new(Directory.GetFiles(TestRomFiles.Directory, "tia_*.asm").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Sources))]
    public void Committed_binary_matches_its_source(string source)
    {
        byte[] committed = TestRomFiles.Read(Path.ChangeExtension(source, ".bin"));
        Assert.Equal(4096, committed.Length);
        Assert.Equal(0xF0, committed[0xFFD]); // reset vector into the ROM

        string? dasm = FindDasm();
        if (dasm is null)
        {
            output.WriteLine($"dasm is not installed: {source} was not re-assembled (apt-get install -y dasm).");
            return;
        }

        string outputFile = Path.Combine(Path.GetTempPath(), $"samrl-{Guid.NewGuid():N}.bin");
        try
        {
            var start = new ProcessStartInfo(dasm, [source, "-f3", "-o" + outputFile])
            {
                WorkingDirectory = TestRomFiles.Directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using Process process = Process.Start(start)!;
            string log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"dasm failed on {source}:\n{log}");
            Assert.Equal(committed, File.ReadAllBytes(outputFile));
        }
        finally
        {
            File.Delete(outputFile);
        }
    }

    private static string? FindDasm()
    {
        string path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "dasm"))
            .FirstOrDefault(File.Exists);
    }
}
