using SamRL.Runner.Babi;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Tests.Babi;

public sealed class TaskSelectionTests
{
    [Theory]
    [InlineData("1-20", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })]
    [InlineData("3", new[] { 3 })]
    [InlineData("5-7, 1,2,6", new[] { 1, 2, 5, 6, 7 })]
    public void ParsesNumbersAndRanges(string text, int[] expected) => Assert.Equal(expected, TaskSelection.Parse(text));

    [Theory]
    [InlineData("", "")]
    [InlineData("1-", "")]
    [InlineData("1-2-3", "")]
    [InlineData("4-2", "backwards")]
    [InlineData("0", "")]
    public void RejectsWhatIsNotATaskList(string text, string detail)
    {
        var exception = Assert.Throws<UserInputException>(() => TaskSelection.Parse(text));
        Assert.Contains("--tasks", exception.Message);
        Assert.Contains(detail, exception.Message);
    }

    [Fact]
    public void FormatsCompactly() => Assert.Equal("1-3,5,7-8", TaskSelection.Format([1, 2, 3, 5, 7, 8]));
}
