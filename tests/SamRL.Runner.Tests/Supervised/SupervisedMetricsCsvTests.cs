using SamRL.Runner.Supervised;

namespace SamRL.Runner.Tests.Supervised;

public sealed class SupervisedMetricsCsvTests
{
    [Fact]
    public void WritesTheContractHeaderAndOneRowPerAppend()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("metrics.csv");
        using (var csv = SupervisedMetricsCsv.Open(path))
        {
            csv.Append("train", 10, 1280, 1.5, 0.25, 0.125);
        }

        Assert.Equal(["kind,iteration,examples,elapsed_seconds,loss,metric", "train,10,1280,1.5,0.25,0.125"], File.ReadAllLines(path));
    }

    [Fact]
    public void ResumingDropsRowsAfterTheCheckpointIterationAndEveryTestRow()
    {
        // The resumed run writes the later rows again, and tests again when it ends.
        using var temp = new TempDirectory();
        var path = temp.Combine("metrics.csv");
        using (var csv = SupervisedMetricsCsv.Open(path))
        {
            csv.Append("train", 10, 40, 1, 2, 0.5);
            csv.Append("valid", 12, 48, 1, 2, 0.5);
            csv.Append("test", 12, 48, 1, 2, 0.5);
            csv.Append("train", 20, 80, 1, 2, 0.5);
        }

        SupervisedMetricsCsv.TruncateForResume(path, iteration: 12);
        using (var csv = SupervisedMetricsCsv.Open(path))
        {
            csv.Append("train", 20, 80, 3, 2, 0.25);
        }

        var lines = File.ReadAllLines(path);
        Assert.Equal(4, lines.Length);
        Assert.Equal(["train,10", "valid,12", "train,20"], lines.Skip(1).Select(l => string.Join(",", l.Split(',').Take(2))));
        Assert.EndsWith(",3,2,0.25", lines[3]);
    }
}
