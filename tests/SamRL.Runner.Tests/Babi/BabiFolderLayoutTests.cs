using SamRL.Runner.Babi;

namespace SamRL.Runner.Tests.Babi;

public sealed class BabiFolderLayoutTests
{
    [Fact]
    public void ValidationFilesMeanTheEnValid10kLayout()
    {
        using var temp = new TempDirectory();
        foreach (var split in new[] { "train", "valid", "test" })
        {
            File.WriteAllText(temp.Combine($"qa1_{split}.txt"), "1 a b.\n");
        }

        Assert.StartsWith("en-valid-10k layout", BabiFolderLayout.Describe(temp.Path));
    }

    [Fact]
    public void TrainAndTestFilesOnlyMeanTheEnLayoutWithAValidationTail()
    {
        using var temp = new TempDirectory();
        var data = SyntheticBabiFolder.Write(temp.Combine("data"));

        var description = BabiFolderLayout.Describe(data);

        Assert.StartsWith("en / en-10k layout", description);
        Assert.Contains("last 10 %", description);
    }
}
