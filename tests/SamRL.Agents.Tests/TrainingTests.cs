using SamRL.Agents.A3C;
using Xunit.Abstractions;

namespace SamRL.Agents.Tests;

public sealed class TrainingTests(ITestOutputHelper output)
{
    [Fact]
    public void A3CLearnsToRememberTheCueBetterThanARandomPolicy()
    {
        string runDirectory = TrainingHelpers.TemporaryRunDirectory();
        try
        {
            var config = TrainingHelpers.CueConfig(maxFrames: 5_000, workers: 2);
            using var trainer = new A3CTrainer(config, _ => new CueMemoryEnv(delay: 2), runDirectory);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var summary = trainer.Run();
            double reward = TrainingHelpers.GreedyMeanReward(trainer.Model, new CueMemoryEnv(delay: 2), episodes: 200, seed: 1000);
            output.WriteLine($"{summary} in {clock.Elapsed.TotalSeconds:F1} s; greedy mean reward {reward:F3}");
            // A random policy averages 0 (±1 with equal odds); only a policy that remembers the cue gets near 1.
            Assert.Equal(StopReason.MaxFrames, summary.Reason);
            Assert.True(reward > 0.8, $"greedy mean reward {reward:F3} should be well above a random policy's 0");
        }
        finally
        {
            Directory.Delete(runDirectory, recursive: true);
        }
    }
}
