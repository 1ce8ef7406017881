using System.Diagnostics;
using SamRL.Agents.Supervised;
using SamRL.Environments.Tasks;
using SamRL.Memory;

namespace SamRL.Agents.Tests.Supervised;

/// <summary>The supervised training loop: exact resume, checkpoints, evaluations, and that it learns.</summary>
public sealed class SupervisedTrainerTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "samrl-supervised-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void ResumingAfterKIterationsEqualsTrainingStraightTo2K()
    {
        // A small STM on copy: RMSprop with momentum carries state, the batches come from the generator's state. k is a
        // multiple of the validation interval, so both runs validate at the same iterations and keep the same best model.
        var config = SupervisedConfig.ForTask("copy") with
        {
            Stm = new StmVariant { SlotSize = 12, Queries = 2 },
            BatchSize = 4,
            MaxIterations = 6,
            EvaluateEvery = 3,
        };

        using (var straight = new SupervisedTrainer(config, Path.Combine(folder, "straight")))
        {
            straight.Run();
            using var first = new SupervisedTrainer(config with { MaxIterations = 3 }, Path.Combine(folder, "resumed"));
            Assert.Equal(StopReason.Finished, first.Run().Reason);
            first.Dispose();
            using var resumed = SupervisedTrainer.Resume(Path.Combine(folder, "resumed"), changeLimits: c => c with { MaxIterations = 6 });
            Assert.Equal(3, resumed.Iteration);
            resumed.Run();

            Assert.Equal(6, resumed.Iteration);
            var expected = straight.Model.state_dict();
            var actual = resumed.Model.state_dict();
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var (name, tensor) in expected)
            {
                Assert.True(tensor.eq(actual[name]).all().item<bool>(), $"parameter {name} differs after resume");
            }

            Assert.Equal(straight.BestValidation, resumed.BestValidation);
        }
    }

    [Fact]
    public void AddingADecayAtResumeEqualsTrainingWithItFromTheStart()
    {
        // The resumed run learns at a constant rate up to k, then decays: exactly what a run with the decay in its
        // settings from the start does, since the decay starts at k.
        var config = SupervisedConfig.ForTask("copy") with
        {
            Stm = new StmVariant { SlotSize = 12, Queries = 2 },
            BatchSize = 4,
            LearningRate = 1e-2,
            MaxIterations = 6,
            EvaluateEvery = 3,
        };
        var decaying = config with { LearningRateDecayStart = 3 };

        using var straight = new SupervisedTrainer(decaying, Path.Combine(folder, "straight"));
        straight.Run();
        using (var first = new SupervisedTrainer(config with { MaxIterations = 3 }, Path.Combine(folder, "resumed")))
        {
            first.Run();
        }

        using var resumed = SupervisedTrainer.Resume(Path.Combine(folder, "resumed"), changeLimits: c => c with { MaxIterations = 6, LearningRateDecayStart = 3 });
        resumed.Run();
        var expected = straight.Model.state_dict();
        foreach (var (name, tensor) in resumed.Model.state_dict())
        {
            Assert.True(tensor.eq(expected[name]).all().item<bool>(), $"parameter {name} differs after resuming with the decay");
        }

        using var constant = new SupervisedTrainer(config, Path.Combine(folder, "constant"));
        constant.Run();
        var withoutDecay = constant.Model.state_dict();
        Assert.Contains(expected, entry => !entry.Value.eq(withoutDecay[entry.Key]).all().item<bool>());
    }

    [Fact]
    public void ResumeRefusesToChangeTheLearningRateOfUpdatesAlreadyMade()
    {
        var config = SupervisedConfig.ForTask("nth-farthest", model: SequenceModelKind.Lstm) with { BatchSize = 2, MaxIterations = 3, EvaluateEvery = 3 };
        using (var first = new SupervisedTrainer(config, folder))
        {
            first.Run(new CancellationToken(canceled: false));
        }

        var error = Assert.Throws<ArgumentException>(() => SupervisedTrainer.Resume(folder, changeLimits: c => c with { MaxIterations = 6, LearningRateDecayStart = 1 }));
        Assert.Contains("3 updates", error.Message);
    }

    [Fact]
    public void CancelledRunsCheckpointWithoutTesting()
    {
        var observer = new RecordingObserver();
        var config = SupervisedConfig.ForTask("nth-farthest", model: SequenceModelKind.Lstm) with { BatchSize = 2, MaxIterations = 10 };
        using var trainer = new SupervisedTrainer(config, folder, observer);
        var summary = trainer.Run(new CancellationToken(canceled: true));
        Assert.Equal(StopReason.Cancelled, summary.Reason);
        Assert.Null(summary.Test);
        Assert.True(File.Exists(trainer.LastCheckpointPath));
        Assert.Empty(observer.Evaluations);
    }

    [Fact]
    public void CheckpointsAreWrittenOnTheClockBetweenValidations()
    {
        // A validation interval longer than the run: only the clock (a checkpoint interval shorter than any iteration)
        // writes checkpoints before the end.
        var observer = new RecordingObserver();
        var config = SupervisedConfig.ForTask("nth-farthest", model: SequenceModelKind.Lstm) with
        {
            BatchSize = 2, MaxIterations = 3, EvaluateEvery = 100, CheckpointMinutes = 1e-9,
        };
        using var trainer = new SupervisedTrainer(config, folder, observer);
        trainer.Run();
        Assert.Equal([1L, 2L, 3L], observer.Checkpoints);
    }

    [Fact]
    public void ResumingFromAClockCheckpointBetweenValidationsEqualsTrainingStraightThrough()
    {
        // The first run is stopped (as by a kill after its checkpoint) at iteration 2, between validations at 3 and 6.
        var config = SupervisedConfig.ForTask("copy") with
        {
            Stm = new StmVariant { SlotSize = 12, Queries = 2 },
            BatchSize = 4,
            MaxIterations = 6,
            EvaluateEvery = 3,
            CheckpointMinutes = 1e-9,
        };
        using var straight = new SupervisedTrainer(config, Path.Combine(folder, "straight"));
        straight.Run();

        using (var cancellation = new CancellationTokenSource())
        {
            var stopper = new RecordingObserver { OnCheckpointWritten = iteration => { if (iteration == 2) cancellation.Cancel(); } };
            using var first = new SupervisedTrainer(config, Path.Combine(folder, "resumed"), stopper);
            Assert.Equal(StopReason.Cancelled, first.Run(cancellation.Token).Reason);
            Assert.Equal(2, first.Iteration);
        }

        using var resumed = SupervisedTrainer.Resume(Path.Combine(folder, "resumed"));
        resumed.Run();
        var expected = straight.Model.state_dict();
        foreach (var (name, tensor) in resumed.Model.state_dict())
        {
            Assert.True(tensor.eq(expected[name]).all().item<bool>(), $"parameter {name} differs after resuming at iteration 2");
        }

        Assert.Equal(straight.BestValidation, resumed.BestValidation);
    }

    [Fact]
    public void FinishedRunsValidateThenTestTheBestModel()
    {
        var observer = new RecordingObserver();
        var config = SupervisedConfig.ForTask("nth-farthest", model: SequenceModelKind.Lstm) with { BatchSize = 2, MaxIterations = 3, EvaluateEvery = 2 };
        using var trainer = new SupervisedTrainer(config, folder, observer);
        var summary = trainer.Run();
        Assert.Equal(StopReason.Finished, summary.Reason);
        Assert.Equal([EvaluationSplit.Validation, EvaluationSplit.Validation, EvaluationSplit.Test], observer.Evaluations.Select(e => e.Split));
        Assert.Equal([2L, 3L, 3L], observer.Evaluations.Select(e => e.Iteration));
        Assert.True(File.Exists(trainer.BestCheckpointPath));
        Assert.Equal(observer.Evaluations[^1].Metric, summary.Test);
        Assert.InRange(summary.Test!.Value, 0, 1);
    }

    [Fact]
    public void ATinyStmLearnsASmallCopyTask()
    {
        // Copy of 1–2 vectors of 4 bits: guessing makes 0.5 × 4 × 1.5 = 3 wrong bits per sequence. One thread: the
        // tensors are tiny, and intra-op threads only contend with each other on a loaded machine.
        TorchSharp.torch.set_num_threads(1);
        var copy = new SupervisedTask(
            "small-copy", "", new CopyTask(minLength: 1, maxLength: 2, bits: 4), TaskMetric.BitErrorPerSequence, decodesWithZeroInputs: true,
            new SupervisedProtocol(OptimizerKind.RmsProp, 3e-3, 0.95, 0.9, 32, 300, 300),
            () => new StmOptions { InputSize = 6, OutputSize = 4, SlotCount = 2, SlotSize = 8, RelationSize = 8, DistilledSize = 16, HeadHiddenSize = 32 });
        var config = new SupervisedConfig { Task = "small-copy", BatchSize = 32, LearningRate = 3e-3, MaxIterations = 300, EvaluateEvery = 300, Seed = 3 };
        using var trainer = new SupervisedTrainer(config, folder, task: copy);
        var initial = trainer.Evaluate(EvaluationSplit.Validation).Metric;
        var clock = Stopwatch.StartNew();
        var summary = trainer.Run();

        Assert.InRange(initial, 2, 4);
        Assert.True(summary.Test < initial * 0.6, $"bit error {summary.Test} after 300 iterations ({clock.Elapsed.TotalSeconds:0}s), {initial} at the start");
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private sealed class RecordingObserver : ISupervisedObserver
    {
        public List<TrainingInterval> Intervals { get; } = [];

        public List<EvaluationReport> Evaluations { get; } = [];

        public void OnInterval(TrainingInterval interval) => Intervals.Add(interval);

        public void OnEvaluation(EvaluationReport report) => Evaluations.Add(report);

        public List<long> Checkpoints { get; } = [];

        public Action<long>? OnCheckpointWritten { get; init; }

        public void OnCheckpoint(long iteration, double elapsedSeconds, string path)
        {
            Checkpoints.Add(iteration);
            OnCheckpointWritten?.Invoke(iteration);
        }
    }
}
