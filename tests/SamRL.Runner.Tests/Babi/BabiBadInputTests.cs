namespace SamRL.Runner.Tests.Babi;

/// <summary>Bad input to <c>babi</c>: one clear line on stderr naming what is wrong, a non-zero exit, no run folder.</summary>
public sealed class BabiBadInputTests
{
    [Fact]
    public void MissingFolder()
    {
        using var temp = new TempDirectory();
        var line = FailsWithOneLine(temp, "--data", temp.Combine("nowhere"));
        Assert.Contains(temp.Combine("nowhere"), line);
    }

    [Fact]
    public void MissingTaskFile()
    {
        using var temp = new TempDirectory();
        var data = SyntheticBabiFolder.Write(temp.Combine("data"));
        File.Delete(Path.Combine(data, "qa2_two-supporting-facts_test.txt"));

        var line = FailsWithOneLine(temp, "--data", data);

        Assert.Contains("task 2", line);
        Assert.Contains("test file", line);
    }

    [Fact]
    public void MalformedLineNamesTheFileAndLine()
    {
        using var temp = new TempDirectory();
        var data = SyntheticBabiFolder.Write(temp.Combine("data"));
        var file = Path.Combine(data, "qa1_single-supporting-fact_train.txt");
        File.WriteAllText(file, "1 mary went to the kitchen.\n2 Where is mary?\tkitchen\t1\nthree mary left.\n");

        var line = FailsWithOneLine(temp, "--data", data);

        Assert.Contains($"{file}:3:", line);
    }

    [Fact]
    public void TaskNotInTheFolder()
    {
        using var temp = new TempDirectory();
        var data = SyntheticBabiFolder.Write(temp.Combine("data"));
        var line = FailsWithOneLine(temp, "--data", data, "--tasks", "1-3");
        Assert.Contains("task(s) 3 not in the data folder", line);
    }

    [Theory]
    [InlineData("0-2")]
    [InlineData("2-1")]
    [InlineData("a")]
    [InlineData("21")]
    public void BadTaskList(string tasks)
    {
        using var temp = new TempDirectory();
        var data = SyntheticBabiFolder.Write(temp.Combine("data"));
        var line = FailsWithOneLine(temp, "--data", data, "--tasks", tasks);
        Assert.Contains("--tasks", line);
    }

    [Fact]
    public void BadBatchSize()
    {
        using var temp = new TempDirectory();
        var data = SyntheticBabiFolder.Write(temp.Combine("data"));
        var line = FailsWithOneLine(temp, "--data", data, "--batch-size", "0");
        Assert.Contains("BatchSize", line);
    }

    [Fact]
    public void BadCheckpointInterval()
    {
        using var temp = new TempDirectory();
        var data = SyntheticBabiFolder.Write(temp.Combine("data"));
        var line = FailsWithOneLine(temp, "--data", data, "--checkpoint-minutes", "0");
        Assert.Contains("CheckpointMinutes", line);
    }

    [Fact]
    public void ResumeCannotChangeTheRunsSettings()
    {
        using var temp = new TempDirectory();
        var run = Directory.CreateDirectory(temp.Combine("runs", "babi-stm-x")).FullName;
        File.WriteAllText(Path.Combine(run, "config.json"), "{}");
        var line = FailsWithOneLine(temp, "--resume", run, "--batch-size", "8");
        Assert.Contains("--batch-size", line);
    }

    [Fact]
    public void DataIsRequired()
    {
        using var temp = new TempDirectory();
        var line = FailsWithOneLine(temp);
        Assert.Contains("--data", line);
    }

    private static string FailsWithOneLine(TempDirectory temp, params string[] options)
    {
        var runs = temp.Combine("runs");
        var before = Directory.Exists(runs) ? Directory.GetDirectories(runs).Length : 0;
        var (exit, _, error) = BabiCommandTests.Run(["babi", .. options, "--run-dir", runs]);
        Assert.NotEqual(0, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.DoesNotContain(" at ", line);
        Assert.Equal(before, Directory.Exists(runs) ? Directory.GetDirectories(runs).Length : 0);
        return line;
    }
}
