using SamRL.Agents.Supervised;

namespace SamRL.Agents.Tests.Supervised;

/// <summary>
/// Which sequences a run is validated and tested on: a generator task's validation and test sets must not shrink with
/// the training batch, or small-batch runs would be judged on a few hundred sequences and runs would not compare.
/// </summary>
public sealed class EvaluationSetTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(128)]
    public void SmallTrainingBatchesAreEvaluatedOnTenBatchesOf128(int trainingBatch)
    {
        var task = SupervisedTasks.Create("nth-farthest");
        foreach (var split in new[] { EvaluationSplit.Validation, EvaluationSplit.Test })
        {
            var sizes = task.EvaluationBatchesOf(split, trainingBatch).Select(batch => batch.BatchSize).ToArray();
            Assert.Equal(Enumerable.Repeat(128, 10), sizes);
        }
    }

    [Fact]
    public void LargeTrainingBatchesKeepTheAuthorsTenTrainingSizedBatches()
    {
        var task = SupervisedTasks.Create("copy");
        var sizes = task.EvaluationBatchesOf(EvaluationSplit.Test, 200).Select(batch => batch.BatchSize).ToArray();
        Assert.Equal(Enumerable.Repeat(200, 10), sizes);
    }

    [Fact]
    public void RunsAtDifferentTrainingBatchesSeeTheSameTestSequences()
    {
        var task = SupervisedTasks.Create("nth-farthest");
        var atBatch32 = task.EvaluationBatchesOf(EvaluationSplit.Test, 32).ToArray();
        var atBatch128 = task.EvaluationBatchesOf(EvaluationSplit.Test, 128).ToArray();
        for (int i = 0; i < atBatch128.Length; i++)
        {
            Assert.Equal(atBatch128[i].Inputs.Data, atBatch32[i].Inputs.Data);
        }
    }

    [Fact]
    public void ValidationAndTestSetsDiffer()
    {
        var task = SupervisedTasks.Create("nth-farthest");
        var validation = task.EvaluationBatchesOf(EvaluationSplit.Validation, 32).First();
        var test = task.EvaluationBatchesOf(EvaluationSplit.Test, 32).First();
        Assert.NotEqual(validation.Inputs.Data, test.Inputs.Data);
    }
}
