using SamRL.Runner.Runs;

namespace SamRL.Runner.Tests.Runs;

public class AtomicFileTests
{
    [Fact]
    public void Replaces_the_content_and_leaves_no_temporary_file()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("config.json");
        File.WriteAllText(path, "old");

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_failing_writer_keeps_the_old_file_untouched()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("checkpoint.bin");
        File.WriteAllText(path, "old");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }
}
