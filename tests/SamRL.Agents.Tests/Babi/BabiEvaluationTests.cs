using SamRL.Agents.Babi;
using SamRL.Environments.Babi;

namespace SamRL.Agents.Tests.Babi;

public sealed class BabiEvaluationTests
{
    [Fact]
    public void TaskFailsOnlyAboveFivePercentError()
    {
        var scores = new BabiSplitScores(BabiSplit.Test,
        [
            new BabiTaskScore(1, 1000, 1000, 0),   // 0 %
            new BabiTaskScore(2, 1000, 950, 0),    // exactly 5 %: solved
            new BabiTaskScore(3, 1000, 949, 0),    // 5.1 %: failed
            new BabiTaskScore(4, 1000, 500, 0),    // 50 %: failed
        ]);

        Assert.Equal(2, scores.FailedTasks);
        Assert.Equal(0.05, scores.Tasks[1].Error);
        Assert.Equal((0 + 0.05 + 0.051 + 0.5) / 4, scores.MeanError, 12);
    }

    [Fact]
    public void LossIsPerQuestionOverAllTasksTogether()
    {
        var scores = new BabiSplitScores(BabiSplit.Valid, [new BabiTaskScore(1, 100, 90, 30), new BabiTaskScore(2, 300, 300, 10)]);
        Assert.Equal(40.0 / 400, scores.Loss, 12);
    }
}
