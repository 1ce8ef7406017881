using System.Text.Json;
using SamRL.Agents.A3C;
using SamRL.Agents.Networks;
using SamRL.Environments.Core;
using SamRL.Environments.Episodes;
using SamRL.Environments.Spaces;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests;

public sealed class TrainerTests : IDisposable
{
    private readonly string runDirectory = TrainingHelpers.TemporaryRunDirectory();

    public void Dispose() => Directory.Delete(runDirectory, recursive: true);

    [Fact]
    public void OneWorkerRunsAreReproducibleFromTheSeed()
    {
        var config = TrainingHelpers.CueConfig(maxFrames: 200);
        using var first = new A3CTrainer(config, _ => new CueMemoryEnv(delay: 2), Path.Combine(runDirectory, "a"));
        using var second = new A3CTrainer(config, _ => new CueMemoryEnv(delay: 2), Path.Combine(runDirectory, "b"));
        var firstSummary = first.Run();
        var secondSummary = second.Run();
        Assert.Equal(firstSummary.Updates, secondSummary.Updates);
        AssertSameWeights(first.Model, second.Model);

        using var untrained = new A3CTrainer(config, _ => new CueMemoryEnv(delay: 2), Path.Combine(runDirectory, "c"));
        Assert.Contains(first.Model.parameters().Zip(untrained.Model.parameters()), pair => !pair.First.allclose(pair.Second, rtol: 0, atol: 0));
    }

    [Fact]
    public void AWorkersFirstUpdateWaitsWhileAnotherThreadHoldsTheFirstBackwardGate()
    {
        var config = TrainingHelpers.CueConfig(maxFrames: 200);
        using var trainer = new A3CTrainer(config, _ => new CueMemoryEnv(delay: 2), runDirectory);
        var initial = trainer.Model.parameters().Select(parameter => parameter.detach().clone()).ToArray();
        TrainingSummary? summary = null;
        var run = new Thread(() => { summary = trainer.Run(); });
        bool unchangedWhileHeld;
        lock (FirstBackwardGate.Gate)
        {
            run.Start();
            // Without the gate, one worker on this small model makes its first updates within milliseconds.
            Thread.Sleep(1000);
            unchangedWhileHeld = initial.Zip(trainer.Model.parameters()).All(pair => pair.First.allclose(pair.Second, rtol: 0, atol: 0));
        }

        run.Join();
        Assert.True(unchangedWhileHeld, "the shared weights changed while the first-backward gate was held");
        Assert.NotNull(summary);
        Assert.True(summary.Value.Updates >= 10, $"expected the run to finish its 200 frames after the gate opened, got {summary.Value.Updates} updates");
        foreach (var tensor in initial) tensor.Dispose();
    }

    [Fact]
    public void ResumeRestoresWeightsOptimiserCountersAndRandomStatesExactly()
    {
        var config = TrainingHelpers.CueConfig(maxFrames: 200);
        using (var trainer = new A3CTrainer(config, _ => new CueMemoryEnv(delay: 2), runDirectory)) trainer.Run();
        var layout = new RunLayout(runDirectory);
        string saved = Path.Combine(runDirectory, "saved.ckpt");
        File.Copy(layout.CheckpointFile, saved);

        // Resuming with the limit already reached does no update, and its final checkpoint must equal the one it read.
        var observer = new RecordingObserver();
        using (var resumed = A3CTrainer.Resume(runDirectory, _ => new CueMemoryEnv(delay: 2), observer))
        {
            var summary = resumed.Run();
            Assert.Equal(StopReason.MaxFrames, summary.Reason);
        }
        var (before, beforeWeights, beforeOptimizer) = CheckpointFile.Read(saved);
        var (after, afterWeights, afterOptimizer) = CheckpointFile.Read(layout.CheckpointFile);
        Assert.True(before.AgentSteps >= 200);
        Assert.Equal(before.AgentSteps, after.AgentSteps);
        Assert.Equal(before.Updates, after.Updates);
        Assert.Equal(before.TrainingEpisodes, after.TrainingEpisodes);
        Assert.Equal(before.OptimizerSteps, after.OptimizerSteps);
        Assert.Equal(JsonSerializer.Serialize(before.WorkerRngStates), JsonSerializer.Serialize(after.WorkerRngStates));
        Assert.Equal(JsonSerializer.Serialize(before.Evaluation), JsonSerializer.Serialize(after.Evaluation));
        Assert.True(after.ElapsedSeconds >= before.ElapsedSeconds);
        Assert.Equal(beforeWeights.Keys.Order(), afterWeights.Keys.Order());
        foreach (var (name, tensor) in beforeWeights) Assert.True(tensor.allclose(afterWeights[name], rtol: 0, atol: 0), name);
        Assert.Equal(beforeOptimizer.Count, afterOptimizer.Count);
        Assert.True(beforeOptimizer.Zip(afterOptimizer).All(pair => pair.First.allclose(pair.Second, rtol: 0, atol: 0)));
        Assert.Contains(observer.Checkpoints, c => c.Kind == CheckpointKind.Final);
    }

    [Fact]
    public void AResumedRunContinuesFromTheCheckpointDeterministically()
    {
        var config = TrainingHelpers.CueConfig(maxFrames: 200);
        string original = Path.Combine(runDirectory, "original"), copy = Path.Combine(runDirectory, "copy");
        using (var trainer = new A3CTrainer(config, _ => new CueMemoryEnv(delay: 2), original)) trainer.Run();
        Directory.CreateDirectory(Path.Combine(copy, "checkpoints"));
        File.Copy(new RunLayout(original).CheckpointFile, new RunLayout(copy).CheckpointFile);
        long savedUpdates = CheckpointFile.Read(new RunLayout(original).CheckpointFile).Metadata.Updates;

        using var first = A3CTrainer.Resume(original, _ => new CueMemoryEnv(delay: 2), adjust: c => c with { MaxFrames = 400 });
        using var second = A3CTrainer.Resume(copy, _ => new CueMemoryEnv(delay: 2), adjust: c => c with { MaxFrames = 400 });
        var firstSummary = first.Run();
        var secondSummary = second.Run();
        Assert.True(firstSummary.Frames >= 400);
        Assert.True(firstSummary.Updates > savedUpdates, "the counters continue from the checkpoint");
        Assert.Equal(firstSummary.Updates, secondSummary.Updates);
        AssertSameWeights(first.Model, second.Model);
    }

    [Fact]
    public void ResumeRefusesToChangeTheNetworkOrTheWorkers()
    {
        using (var trainer = new A3CTrainer(TrainingHelpers.CueConfig(maxFrames: 40), _ => new CueMemoryEnv(delay: 2), runDirectory)) trainer.Run();
        var error = Assert.Throws<ArgumentException>(() => A3CTrainer.Resume(runDirectory, _ => new CueMemoryEnv(delay: 2), adjust: c => c with { Workers = 3 }));
        Assert.Contains(nameof(A3CConfig.Workers), error.Message);
    }

    [Fact]
    public void NoMoreWorkersComputeAtOnceThanTheSlotsAllow()
    {
        var probe = new ConcurrencyProbe();
        var config = TrainingHelpers.CueConfig(maxFrames: 600, workers: 4) with { MaxConcurrentWorkers = 1 };
        using var trainer = new A3CTrainer(config, _ => new CueMemoryEnv(delay: 2, probe), runDirectory);
        var summary = trainer.Run();
        Assert.True(summary.Frames >= 600);
        Assert.Equal(1, probe.Maximum);
    }

    [Fact]
    public void EvaluationsReportRewardsMovingAveragesFilesAndTheBestModelOnTheRunThread()
    {
        var observer = new RecordingObserver();
        var config = TrainingHelpers.CueConfig(maxFrames: 1_200, workers: 2) with
        {
            EvaluationIntervalFrames = 100,
            MovingAverageWindow = 3,
            StatisticsInterval = TimeSpan.FromMilliseconds(200),
        };
        using var trainer = new A3CTrainer(config, _ => new CueMemoryEnv(delay: 2), runDirectory, observer);
        int runThread = Environment.CurrentManagedThreadId;
        var summary = trainer.Run();

        var episodes = observer.Episodes.ToArray();
        Assert.NotEmpty(episodes);
        Assert.Equal(Enumerable.Range(1, episodes.Length).Select(i => (long)i), episodes.Select(e => e.Index));
        for (int i = 0; i < episodes.Length; i++)
        {
            var window = episodes.Take(i + 1).TakeLast(3).Select(e => e.Reward);
            Assert.Equal(window.Average(), episodes[i].MovingAverage, 12);
            Assert.Equal(episodes.Take(i + 1).Sum(e => e.Steps), episodes[i].CumulativeSteps);
            Assert.Equal(4, episodes[i].Steps); // one action on the cue, one on each of the two blanks, one on the query
            var record = JsonSerializer.Deserialize<EvaluationEpisodeRecord>(File.ReadAllText(episodes[i].EpisodeFile))!;
            Assert.Equal(episodes[i].Reward, record.Rewards.Sum());
            Assert.Equal(episodes[i].Steps, record.Actions.Length);
            Assert.Equal(episodes[i].Reward, ReplayReward(record));
        }
        Assert.Equal(episodes.Length, summary.EvaluationEpisodes);
        Assert.Equal(episodes.Max(e => e.Reward), summary.BestEvaluationReward);
        Assert.Equal(episodes.Count(e => e.IsBest), observer.Checkpoints.Count(c => c.Kind == CheckpointKind.BestModel));
        using var best = Checkpoints.LoadModel(trainer.Layout.BestModelFile);
        Assert.Equal(2, best.ActionCount);
        Assert.NotEmpty(observer.Intervals);
        Assert.Equal(summary.Frames, observer.Intervals.Last().Frames);
        Assert.True(observer.Intervals.Last().FramesPerSecond > 0);
        Assert.All(observer.Threads, thread => Assert.Equal(runThread, thread));
    }

    [Fact]
    public void WithAnEpisodeHeaderEvaluationsAreAlsoRecordedInTheEpisodeFormat()
    {
        var observer = new RecordingObserver();
        var config = TrainingHelpers.CueConfig(maxFrames: 300) with { EvaluationIntervalFrames = 100 };
        var header = new EpisodeHeader { EnvironmentId = "Test/CueMemory-v0", FrameSkip = 1, HasStateChecksums = false };
        using (var trainer = new A3CTrainer(config, _ => new CueMemoryEnv(delay: 2), runDirectory, observer, header)) trainer.Run();

        Assert.NotEmpty(observer.Episodes);
        foreach (var episode in observer.Episodes)
        {
            var json = JsonSerializer.Deserialize<EvaluationEpisodeRecord>(File.ReadAllText(episode.EpisodeFile))!;
            Assert.Equal(new RunLayout(runDirectory).EvaluationRecordingFile(episode.Index), episode.RecordingFile);
            var recording = EpisodeReader.Read(episode.RecordingFile!);
            Assert.True(recording.IsComplete);
            Assert.True(recording.Terminated);
            Assert.Equal("Test/CueMemory-v0", recording.Header.EnvironmentId);
            Assert.Equal(json.EnvironmentSeed, recording.Header.EnvironmentSeed);
            Assert.Equal("a3c-lstm", recording.Header.AgentId);
            Assert.Equal($"frames-{episode.TrainingFrames}", recording.Header.CheckpointId);
            Assert.Equal(json.Actions, recording.Steps.Select(step => step.Action));
            Assert.Equal(json.Rewards, recording.Steps.Select(step => step.Reward));
        }
    }

    [Fact]
    public void CancellationStopsTheRunAndWritesTheFinalCheckpoint()
    {
        var observer = new RecordingObserver();
        var config = TrainingHelpers.CueConfig(maxFrames: 100_000_000, workers: 2);
        using var trainer = new A3CTrainer(config, _ => new CueMemoryEnv(delay: 2), runDirectory, observer);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(800));
        var summary = trainer.Run(cancellation.Token);
        Assert.Equal(StopReason.Cancelled, summary.Reason);
        Assert.True(File.Exists(trainer.Layout.CheckpointFile));
        Assert.Equal(CheckpointKind.Final, observer.Checkpoints.Last().Kind);
        Assert.Equal(summary.Updates, CheckpointFile.Read(trainer.Layout.CheckpointFile).Metadata.Updates);
    }

    [Fact]
    public void AFailingEnvironmentStopsTheRunWithItsErrorAfterTheCheckpoint()
    {
        var config = TrainingHelpers.CueConfig(maxFrames: 100_000, workers: 2);
        using var trainer = new A3CTrainer(config, index => index == 1 ? new FailingEnv(failAfter: 30) : new CueMemoryEnv(delay: 2), runDirectory);
        var error = Assert.Throws<AggregateException>(() => trainer.Run());
        Assert.Contains(error.InnerExceptions, e => e.Message == FailingEnv.Message);
        Assert.True(File.Exists(trainer.Layout.CheckpointFile));
    }

    [Fact]
    public void EnvironmentsWithoutADiscreteActionSpaceAreRejected()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new A3CTrainer(TrainingHelpers.CueConfig(maxFrames: 10), _ => new ShiftedActionsEnv(), runDirectory));
        Assert.Contains("Discrete(n) action space starting at 0", error.Message);
    }

    [Theory]
    [InlineData(CoreKind.LstmStm, EncoderKind.Atari80, 80)]
    [InlineData(CoreKind.Stm, EncoderKind.Universe42, 42)]
    public void ImageAgentsTrainAcrossSegmentsCarryingTheirMemory(CoreKind core, EncoderKind encoder, int side)
    {
        // Episodes of 12 steps and 5-step rollouts: the recurrent state (STM's item memory included) is carried,
        // detached, from one segment into the next.
        var config = TrainingHelpers.CueConfig(maxFrames: 10) with { Core = core, Encoder = encoder, LstmSize = null, RolloutLength = 5 };
        var environments = new List<CueMemoryEnv>();
        using var trainer = new A3CTrainer(config, _ =>
        {
            var environment = new CueMemoryEnv(delay: 10, imageSide: side);
            environments.Add(environment);
            return environment;
        }, runDirectory);
        using var before = trainer.Model.Core.parameters().First().detach().clone();
        var summary = trainer.Run();
        Assert.Equal(2, summary.Updates);
        Assert.Equal(1, environments[1].ResetCount); // the worker's episode never ended: every segment carried the state
        Assert.False(trainer.Model.Core.parameters().First().allclose(before, rtol: 0, atol: 0), "the shared weights should have changed");
    }

    private static double ReplayReward(EvaluationEpisodeRecord record)
    {
        using var environment = new CueMemoryEnv(delay: 2);
        environment.Reset(record.EnvironmentSeed);
        return record.Actions.Sum(action => environment.Step(action).Reward);
    }

    private static void AssertSameWeights(torch.nn.Module first, torch.nn.Module second)
    {
        foreach (var (a, b) in first.named_parameters().Zip(second.named_parameters()))
            Assert.True(a.parameter.allclose(b.parameter, rtol: 0, atol: 0), $"{a.name} differs");
    }

    private sealed class FailingEnv(int failAfter) : IEnv<float, int>
    {
        public const string Message = "the emulator broke";
        private readonly CueMemoryEnv inner = new(delay: 2);
        private int steps;

        public IArraySpace<float> ObservationSpace => inner.ObservationSpace;

        public ISpace<int> ActionSpace => inner.ActionSpace;

        public ResetResult<float> Reset(ulong? seed = null) => inner.Reset(seed);

        public StepResult<float> Step(int action) =>
            ++steps > failAfter ? throw new InvalidOperationException(Message) : inner.Step(action);

        public void Dispose() => inner.Dispose();
    }

    private sealed class ShiftedActionsEnv : IEnv<float, int>
    {
        private readonly CueMemoryEnv inner = new(delay: 2);

        public IArraySpace<float> ObservationSpace => inner.ObservationSpace;

        public ISpace<int> ActionSpace { get; } = new DiscreteSpace(2, start: 1);

        public ResetResult<float> Reset(ulong? seed = null) => inner.Reset(seed);

        public StepResult<float> Step(int action) => inner.Step(action - 1);

        public void Dispose() => inner.Dispose();
    }
}
