using SamRL.Agents.Babi;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests.Babi;

public sealed class BabiTrainerTests
{
    private static BabiTrainingConfig Config(long iterations) => new() { BatchSize = 4, MaxIterations = iterations, Seed = 7, LogInterval = 2 };

    [Fact]
    public void OutputMatricesTakeNoGradientAndStayFixedWhileTheRestLearns()
    {
        using var data = new SyntheticBabi();
        var corpus = data.Corpus();
        using var run = new RunFolder();
        using var trainer = BabiTrainer.Start(Config(3), corpus, run.Path, modelOptions: SyntheticBabi.TinyModel(corpus));
        var before = trainer.Model.state_dict().ToDictionary(p => p.Key, p => p.Value.clone());

        trainer.Run();

        var after = trainer.Model.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        foreach (var name in new[] { "Z", "infer_module.Z" })
        {
            Assert.False(after[name].requires_grad);
            Assert.Null(after[name].grad);
            Assert.True(after[name].equal(before[name]).all().item<bool>(), $"{name} changed");
        }

        Assert.DoesNotContain(trainer.Model.TrainableParameters, p => ReferenceEquals(p, after["Z"]) || ReferenceEquals(p, after["infer_module.Z"]));
        Assert.False(after["input_module.word_embed.weight"].equal(before["input_module.word_embed.weight"]).all().item<bool>());
        Assert.False(after["infer_module.r.2.W1"].equal(before["infer_module.r.2.W1"]).all().item<bool>());
    }

    [Fact]
    public void ResumingFromTheLastCheckpointContinuesExactly()
    {
        using var data = new SyntheticBabi();
        var corpus = data.Corpus();
        var options = SyntheticBabi.TinyModel(corpus);

        using var straightRun = new RunFolder();
        using var straight = BabiTrainer.Start(Config(6), corpus, straightRun.Path, modelOptions: options);
        var straightSummary = straight.Run();

        using var splitRun = new RunFolder();
        using (var first = BabiTrainer.Start(Config(3), corpus, splitRun.Path, modelOptions: options))
        {
            first.Run();
        }

        using var resumed = BabiTrainer.Resume(Config(6), corpus, splitRun.Path);
        var resumedSummary = resumed.Run();

        Assert.Equal(6, resumedSummary.Iteration);
        Assert.Equal(straightSummary.Examples, resumedSummary.Examples);
        // The last checkpoints hold the trained state (after the run the model holds the best-validation weights,
        // and the split run validated once more, at iteration 3).
        var (straightState, straightWeights, straightMoments) = BabiCheckpointFile.Read(BabiTrainer.LastCheckpointPath(straightRun.Path));
        var (resumedState, resumedWeights, resumedMoments) = BabiCheckpointFile.Read(BabiTrainer.LastCheckpointPath(splitRun.Path));
        Assert.Equal(straightWeights.Keys.Order(), resumedWeights.Keys.Order());
        foreach (var (name, tensor) in resumedWeights)
        {
            Assert.True(tensor.equal(straightWeights[name]).all().item<bool>(), $"{name} differs after resuming");
        }

        Assert.Equal(straightMoments.Count, resumedMoments.Count);
        Assert.All(straightMoments.Zip(resumedMoments), pair => Assert.True(pair.First.equal(pair.Second).all().item<bool>()));
        Assert.Equal(straightState.OptimizerSteps, resumedState.OptimizerSteps);
        Assert.Equal(straightState.Schedule!.TaskChooser, resumedState.Schedule!.TaskChooser);
        Assert.Equal(straightState.Schedule.Positions, resumedState.Schedule.Positions);
    }

    [Fact]
    public void RunReportsIntervalsValidatesKeepsTheBestModelAndTestsIt()
    {
        using var data = new SyntheticBabi();
        var corpus = data.Corpus();
        using var run = new RunFolder();
        var observer = new RecordingBabiObserver();
        using var trainer = BabiTrainer.Start(Config(4), corpus, run.Path, observer, SyntheticBabi.TinyModel(corpus));

        var summary = trainer.Run();

        Assert.Equal(BabiStopReason.MaxIterations, summary.Reason);
        Assert.Equal([2L, 4L], observer.Intervals.Select(i => i.Iteration));
        Assert.Equal(16, summary.Examples);
        var valid = Assert.Single(observer.Evaluations, e => e.Scores.Split == Environments.Babi.BabiSplit.Valid);
        Assert.True(valid.IsBest);
        var test = Assert.Single(observer.Evaluations, e => e.Scores.Split == Environments.Babi.BabiSplit.Test);
        Assert.Equal([1, 2], test.Scores.Tasks.Select(t => t.Task));
        Assert.Equal(corpus.Tasks.Select(t => (long)t.Test.Count), test.Scores.Tasks.Select(t => t.Questions));
        Assert.Same(summary.Test, test.Scores);
        // Each task's score is reported as it is known, validation then test, and equals the pass's final one.
        Assert.Equal([.. valid.Scores.Tasks, .. test.Scores.Tasks], observer.TaskScores.Select(t => t.Score));
        Assert.Equal(["Valid", "Valid", "Test", "Test"], observer.TaskScores.Select(t => t.Split.ToString()));
        Assert.True(File.Exists(BabiTrainer.LastCheckpointPath(run.Path)));
        Assert.True(File.Exists(BabiTrainer.BestCheckpointPath(run.Path)));
    }

    [Fact]
    public void TrainerHalvesTheLearningRateOnceAcrossSessions()
    {
        using var data = new SyntheticBabi();
        var corpus = data.Corpus();
        using var run = new RunFolder();
        // A threshold no loss stays above: the first validation fires the decay, later ones must not.
        var observer = new RecordingBabiObserver();
        using (var first = BabiTrainer.Start(Config(2) with { DecayThreshold = 1e9 }, corpus, run.Path, observer, SyntheticBabi.TinyModel(corpus)))
        {
            first.Run();
            Assert.Equal(3e-4, first.Optimizer.LearningRate, 15);
        }

        using var resumed = BabiTrainer.Resume(Config(4) with { DecayThreshold = 1e9 }, corpus, run.Path, observer);
        Assert.Equal(3e-4, resumed.Optimizer.LearningRate, 15);
        resumed.Run();

        var validations = observer.Evaluations.Where(e => e.Scores.Split == Environments.Babi.BabiSplit.Valid).ToArray();
        Assert.Equal([2L, 4L], validations.Select(v => v.Iteration));
        Assert.All(validations, v => Assert.Equal(3e-4, v.LearningRate, 15));
        Assert.Equal(3e-4, resumed.Optimizer.LearningRate, 15);
    }

    [Fact]
    public void CancelledRunOnlyCheckpoints()
    {
        using var data = new SyntheticBabi();
        var corpus = data.Corpus();
        using var run = new RunFolder();
        var observer = new RecordingBabiObserver();
        using var trainer = BabiTrainer.Start(Config(100), corpus, run.Path, observer, SyntheticBabi.TinyModel(corpus));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var summary = trainer.Run(cancellation.Token);

        Assert.Equal(BabiStopReason.Cancelled, summary.Reason);
        Assert.Null(summary.Test);
        Assert.Empty(observer.Evaluations);
        Assert.True(File.Exists(BabiTrainer.LastCheckpointPath(run.Path)));
    }

    private sealed class RunFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("samrl-babi-run-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    private sealed class RecordingBabiObserver : IBabiTrainingObserver
    {
        public List<BabiTrainingInterval> Intervals { get; } = [];

        public List<BabiEvaluationPoint> Evaluations { get; } = [];

        public void OnTrainingInterval(BabiTrainingInterval interval) => Intervals.Add(interval);

        public List<(Environments.Babi.BabiSplit Split, BabiTaskScore Score)> TaskScores { get; } = [];

        public void OnTaskEvaluated(Environments.Babi.BabiSplit split, BabiTaskScore score) => TaskScores.Add((split, score));

        public void OnEvaluation(BabiEvaluationPoint point) => Evaluations.Add(point);

        public void OnCheckpoint(string path, long iteration)
        {
        }
    }
}
