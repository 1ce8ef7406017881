using SamRL.Agents.Babi;

namespace SamRL.Agents.Tests.Babi;

public sealed class BabiBatchScheduleTests
{
    [Fact]
    public void EachPassOfATaskUsesEveryTrainingQuestionOnceInANewOrder()
    {
        using var data = new SyntheticBabi();
        var corpus = data.Corpus();
        var task = corpus.Tasks[0];
        var single = new[] { task };
        var schedule = new BabiBatchSchedule(single, batchSize: 5, seed: 9);
        var passLength = (task.Train.Count + 4) / 5;
        Assert.Equal(passLength, schedule.EpochLength);

        string Key(int[] stories, int[] queries, int i, int storySize, int w) =>
            string.Join(",", stories.Skip(i * storySize).Take(storySize)) + "|" + string.Join(",", queries.Skip(i * w).Take(w));
        List<string> Pass()
        {
            var keys = new List<string>();
            for (var b = 0; b < passLength; b++)
            {
                var (_, batch) = schedule.Next();
                for (var i = 0; i < batch.Count; i++)
                {
                    keys.Add(Key(batch.Stories, batch.Queries, i, batch.StoryLength * batch.SentenceLength, batch.SentenceLength));
                }
            }

            return keys;
        }

        var all = Enumerable.Range(0, task.Train.Count)
            .Select(i => Key(task.Train.Stories, task.Train.Queries, i, task.Train.StoryLength * task.Train.SentenceLength, task.Train.SentenceLength))
            .Order().ToArray();
        var first = Pass();
        var second = Pass();
        Assert.Equal(all, first.Order());
        Assert.Equal(all, second.Order());
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void RestoredScheduleContinuesWithTheSameBatches()
    {
        using var data = new SyntheticBabi();
        var corpus = data.Corpus();
        var schedule = new BabiBatchSchedule(corpus.Tasks, batchSize: 3, seed: 4);
        for (var i = 0; i < 7; i++)
        {
            schedule.Next();
        }

        var restored = BabiBatchSchedule.Restore(corpus.Tasks, 3, 4, schedule.GetState());
        for (var i = 0; i < 12; i++)
        {
            var (task, batch) = schedule.Next();
            var (restoredTask, restoredBatch) = restored.Next();
            Assert.Equal(task, restoredTask);
            Assert.Equal(batch.Answers, restoredBatch.Answers);
            Assert.Equal(batch.Stories, restoredBatch.Stories);
        }
    }

    [Fact]
    public void TasksAreDrawnUniformly()
    {
        using var data = new SyntheticBabi();
        var schedule = new BabiBatchSchedule(data.Corpus().Tasks, batchSize: 2, seed: 1);
        var counts = new int[2];
        for (var i = 0; i < 4000; i++)
        {
            counts[schedule.Next().TaskIndex]++;
        }

        Assert.InRange(counts[0], 1800, 2200);
    }
}
