using SamRL.Environments.Core;
using SamRL.Environments.Tasks;

namespace SamRL.Environments.Tests.Tasks;

public class SeededTaskDatasetTests
{
    [Fact]
    public void A_batch_is_the_same_every_time_and_differs_between_indices_and_seeds()
    {
        var train = new SeededTaskDataset<ClassTargetBatch>(AssociativeRetrievalTask.Length30, seed: 1, batchCount: 10, batchSize: 4);
        var test = new SeededTaskDataset<ClassTargetBatch>(AssociativeRetrievalTask.Length30, seed: 2, batchCount: 10, batchSize: 4);

        Assert.Equal(train.Batch(3).Inputs.Data, train.Batch(3).Inputs.Data);
        Assert.NotEqual(train.Batch(3).Inputs.Data, train.Batch(4).Inputs.Data);
        Assert.NotEqual(train.Batch(3).Inputs.Data, test.Batch(3).Inputs.Data);
        Assert.Equal(40, train.SequenceCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => train.Batch(10));
    }

    [Fact]
    public void An_epoch_visits_every_batch_once()
    {
        var set = new SeededTaskDataset<BitTargetBatch>(new CopyTask(), seed: 5, batchCount: 6, batchSize: 2);
        var inOrder = set.Epoch().Select(b => b.Targets.Data).ToArray();

        var shuffled = set.Epoch(new Rng(9)).Select(b => b.Targets.Data).ToArray();

        Assert.Equal(6, shuffled.Length);
        Assert.All(inOrder, batch => Assert.Single(shuffled, other => other.SequenceEqual(batch)));
        Assert.False(inOrder.Zip(shuffled).All(pair => pair.First.SequenceEqual(pair.Second)));
    }
}
