using SamRL.Environments.Tasks.Geometry;

namespace SamRL.Environments.Tests.Tasks;

public class PointerNetworkFileTests
{
    [Fact]
    public void Parses_points_and_a_one_based_closed_solution()
    {
        const string text = "0.1 0.2 0.9 0.1 0.5 0.8 output 1 2 3 1\n\n0 0 1 0 1 1 0 1 output 1 2 3 4 1\n";

        var problems = PointerNetworkFile.Parse(new StringReader(text), "tsp.txt");

        Assert.Equal(2, problems.Count);
        Assert.Equal([new Point2(0.1, 0.2), new Point2(0.9, 0.1), new Point2(0.5, 0.8)], problems[0].Points);
        Assert.Equal([0, 1, 2], problems[0].Solution);
        Assert.Equal([0, 1, 2, 3], problems[1].Solution);
    }

    [Theory]
    [InlineData("0 0 1 1 1 2", "keyword 'output'")]
    [InlineData("0 0 1 output 1 1", "even number of coordinates")]
    [InlineData("0 0 1 x 2 2 output 1 2 1", "coordinate 4 'x'")]
    [InlineData("0 0 1 1 2 2 output 1 4 1", "solution entry 2 '4'")]
    [InlineData("0 0 1 1 2 2 output 1 2 3", "repeating its first index")]
    public void Reports_the_file_line_and_what_was_expected(string badLine, string expected)
    {
        var text = "0 0 1 1 2 0 output 1 2 3 1\n" + badLine + "\n";

        var error = Assert.Throws<PointerNetworkFormatException>(() => PointerNetworkFile.Parse(new StringReader(text), "data/ch.txt"));

        Assert.Equal(2, error.Line);
        Assert.StartsWith("data/ch.txt:2: ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Missing_file_names_the_path()
    {
        var error = Assert.Throws<FileNotFoundException>(() => PointerNetworkFile.Read("/nonexistent/tsp5.txt"));
        Assert.Contains("/nonexistent/tsp5.txt", error.Message);
    }
}
