using SamRL.Atari.Machine;
using SamRL.Atari.Machine.Cartridges;

namespace SamRL.Atari.Tests.Cartridges;

public sealed class RomFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("samrl-rom-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AGoodFileLoadsAsItsDetectedCartridge()
    {
        string path = Write("good.bin", TestImages.Patterned(8192));
        Assert.Equal(CartridgeType.F8, RomFile.Load(path, new Mt19937(1)).Type);
        Assert.Equal(CartridgeType.E0, RomFile.Load(path, new Mt19937(1), CartridgeType.E0).Type);
    }

    [Fact]
    public void AnEmptyFileIsRejected() => AssertRejected(Write("empty.bin", []), "empty");

    [Fact]
    public void AMissingFileIsRejected() => AssertRejected(Path.Combine(_folder, "missing.bin"), "cannot be read");

    [Fact]
    public void ADirectoryIsRejected() => AssertRejected(_folder, "directory");

    [Fact]
    public void AHugeFileIsRejectedWithoutReadingIt()
    {
        string path = Path.Combine(_folder, "huge.bin");
        using (var stream = File.Create(path))
        {
            stream.SetLength(RomFile.MaximumSize + 1);
        }

        AssertRejected(path, "more than any cartridge");
    }

    [Fact]
    public void AFileOfAWrongSizeIsRejectedWithTheAcceptedSizes()
    {
        string path = Write("odd.bin", TestImages.Patterned(5000));
        var error = Assert.Throws<InvalidRomException>(() => RomFile.Load(path, new Mt19937(1)));
        Assert.Contains(path, error.Message);
        Assert.Contains(CartridgeDetector.AcceptedSizes, error.Message);
    }

    [Fact]
    public void AFileLockedByAnotherWriterIsRejected()
    {
        string path = Write("locked.bin", TestImages.Patterned(4096));
        using var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        AssertRejected(path, "cannot be read");
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void AssertRejected(string path, string reason)
    {
        var error = Assert.Throws<InvalidRomException>(() => RomFile.Read(path));
        Assert.Contains(path, error.Message);
        Assert.Contains(reason, error.Message);
        Assert.Contains(CartridgeDetector.AcceptedSizes, error.Message);
        Assert.Equal(path, error.RomName);
    }
}
