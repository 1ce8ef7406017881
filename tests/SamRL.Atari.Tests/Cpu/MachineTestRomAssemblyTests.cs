using Xunit.Abstractions;

namespace SamRL.Atari.Tests.Cpu;

/// <summary>The committed cpu_/riot_/cart_ binaries are what their sources assemble to (checked when dasm is installed).</summary>
public sealed class MachineTestRomAssemblyTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sources() => new(
        new[] { "cpu_*.asm", "riot_*.asm", "cart_*.asm" }
            .SelectMany(pattern => Directory.GetFiles(TestRomFolder.Path, pattern))
            .Select(path => Path.GetFileName(path)));

    [Fact]
    public void EachKindOfTestRomIsPresent() => Assert.Equal(3, Sources().Count);

    [Theory]
    [MemberData(nameof(Sources))]
    public void CommittedBinaryMatchesItsSource(string source)
    {
        byte[] committed = TestRomFolder.Read(Path.ChangeExtension(source, ".bin"));
        byte[]? assembled = TestRomFolder.Assemble(source);
        if (assembled is null)
        {
            output.WriteLine($"dasm is not installed: {source} was not re-assembled (apt-get install -y dasm).");
            return;
        }

        Assert.Equal(committed, assembled);
    }
}
