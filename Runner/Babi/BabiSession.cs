using System.Globalization;
using SamRL.Agents.Babi;
using SamRL.Environments.Babi;
using SamRL.Runner.Cli;
using SamRL.Runner.Supervised;
using SamRL.Runner.Training;
using TorchSharp;

namespace SamRL.Runner.Babi;

/// <summary>
/// One invocation of <c>babi --data DIR</c>: checks the data and settings before any file is written, sets up the
/// run folder (new, or the resumed one) with the shared contract's files, trains jointly, tests the best-validation
/// model and prints the per-task table.
/// </summary>
public static class BabiSession
{
    /// <summary>The contract's results file name.</summary>
    public const string ResultsFileName = "results.json";

    /// <summary>Trains with <paramref name="settings"/>; <paramref name="resumeFolder"/> continues that run instead.</summary>
    public static int Run(BabiSettings settings, string? resumeFolder, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var data = settings.Data ?? throw new UserInputException("--data: the bAbI folder is required (or a --config that names it).");
        var config = settings.TrainingConfig();
        Checked(config.Validate);
        if (settings.Threads is { } threads)
        {
            if (threads < 1)
            {
                throw new UserInputException($"--threads: expected a positive number of threads; got {threads}.");
            }

            torch.set_num_threads(threads);
        }

        var layout = BabiFolderLayout.Describe(data);
        var dataset = BabiDataset.Load(data);
        var tasks = settings.Tasks is null ? dataset.Tasks.Select(t => t.Number).ToArray() : TaskSelection.Parse(settings.Tasks);
        var corpus = Checked(() => BabiCorpus.Create(dataset, tasks));
        var modelOptions = settings.ModelOptions(corpus.VocabularySize, corpus.MaxSentenceLength);
        Checked(modelOptions.Validate);

        var relay = new BabiObserverRelay();
        var folder = resumeFolder is null
            ? RunFolder.CreateNew(settings.RunsDirectory, $"babi-stm-{DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}")
            : RunFolder.OpenExisting(resumeFolder);
        using var trainer = resumeFolder is null
            ? BabiTrainer.Start(config, corpus, folder.Path, relay, modelOptions)
            : Resume(config, corpus, folder.Path, relay);
        BabiSettingsFile.Save(folder.ConfigFile, settings);
        using var log = RunLog.Create(folder.LogFile, liveDisplay: false);
        if (resumeFolder is not null) SupervisedMetricsCsv.TruncateForResume(folder.MetricsFile, trainer.Iteration);
        using var metrics = SupervisedMetricsCsv.Open(folder.MetricsFile);
        var observer = new BabiRunObserver(metrics, log, Path.Combine(folder.Path, ResultsFileName), new SupervisedResults
        {
            Experiment = "babi",
            Model = "stm",
            Variant = settings.Variant(tasks),
            Metric = "error",
            HigherIsBetter = false,
            BestValid = trainer.BestValidError,
            Iterations = trainer.Iteration,
            Seed = settings.Seed,
            Parameters = trainer.Model.ParameterCount,
            Hardware = HardwareDescription.Current(),
        });
        relay.Target = observer;

        output.WriteLine($"data: {data} — {layout}");
        log.Information("{Action} bAbI tasks {Tasks} in {Folder}", resumeFolder is null ? "training" : $"resuming at iteration {trainer.Iteration}:", TaskSelection.Format(tasks), folder.Path);
        log.Information("data {Data}: {Layout}; vocabulary {Vocabulary}, longest sentence {MaxSentence} tokens", data, layout, corpus.VocabularySize, corpus.MaxSentenceLength);
        log.Information(
            "model: {Parameters:N0} parameters (d {Entity}, N {Roles}); batch {Batch}, lr {LearningRate}, seed {Seed}, {Threads} torch threads",
            trainer.Model.ParameterCount, settings.EntitySize, settings.RoleSize, settings.BatchSize, settings.LearningRate, settings.Seed, torch.get_num_threads());

        var summary = trainer.Run(cancellation);
        observer.OnFinished(summary);
        log.Information(
            "stopped ({Reason:l}) at iteration {Iteration}, {Elapsed}; best mean validation error {BestValid:0.00} %",
            summary.Reason.ToString(), summary.Iteration, Progress.ProgressSnapshot.FormatDuration(summary.Elapsed), summary.BestValidError * 100);
        if (summary.Test is { } test)
        {
            BabiResultsTable.Write(output, test, summary.BestValidError);
        }
        else
        {
            output.WriteLine($"stopped before testing ({summary.Reason}); resume with --resume {folder.Path}");
        }

        output.WriteLine($"run folder: {folder.Path}");
        return ExitCodes.Success;
    }

    private static BabiTrainer Resume(BabiTrainingConfig config, BabiCorpus corpus, string runDirectory, IBabiTrainingObserver observer)
    {
        var checkpoint = BabiTrainer.LastCheckpointPath(runDirectory);
        if (!File.Exists(checkpoint))
        {
            throw new UserInputException($"--resume: {runDirectory} has no checkpoint ({checkpoint}); the run stopped before its first one.");
        }

        try
        {
            return BabiTrainer.Resume(config, corpus, runDirectory, observer);
        }
        catch (InvalidDataException exception)
        {
            throw new UserInputException($"--resume: {exception.Message}");
        }
    }

    /// <summary>Runs a check whose <see cref="ArgumentException"/> names bad input, as a one-line user error.</summary>
    private static T Checked<T>(Func<T> check)
    {
        try
        {
            return check();
        }
        catch (ArgumentException exception)
        {
            throw new UserInputException(exception.Message);
        }
    }

    private static void Checked(Action check) => Checked(() =>
    {
        check();
        return true;
    });
}
