using System.CommandLine;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Babi;

/// <summary>
/// The options of <c>babi --data DIR</c> and how they resolve to <see cref="BabiSettings"/>: the defaults, then a
/// <c>--config</c> file (or, with <c>--resume</c>, the run's own <c>config.json</c>), then the options given.
/// </summary>
public sealed class BabiCommandOptions
{
    /// <summary>The bAbI folder.</summary>
    public Option<string> Data { get; } = new("--data") { Description = "Folder with the bAbI files: en-valid-10k (qaN_train/valid/test.txt), or en-10k / en (qaN_*_train/test.txt; the last 10 % of training stories become validation)." };

    /// <summary>Epochs.</summary>
    public Option<int?> Epochs { get; } = new("--epochs") { Description = "Epochs to train (default 500; an epoch = all training batches over the tasks)." };

    /// <summary>Time limit.</summary>
    public Option<double?> MaxMinutes { get; } = new("--max-minutes") { Description = "Stop after this much training time, resumed sessions included." };

    /// <summary>Iteration limit.</summary>
    public Option<long?> MaxIterations { get; } = new("--max-iterations") { Description = "Stop after this many iterations, resumed sessions included." };

    /// <summary>Checkpoint interval.</summary>
    public Option<double?> CheckpointMinutes { get; } = new("--checkpoint-minutes") { Description = "Minutes of training between checkpoints besides each validation's; a kill loses at most this much (default 5)." };

    /// <summary>Batch size.</summary>
    public Option<int?> BatchSize { get; } = new("--batch-size") { Description = "Training batch size (default 128)." };

    /// <summary>Learning rate.</summary>
    public Option<double?> LearningRate { get; } = new("--lr") { Description = "Adam learning rate (default 6e-4; halved once when the validation loss first drops below 0.1)." };

    /// <summary>Seed.</summary>
    public Option<ulong?> Seed { get; } = new("--seed") { Description = "Seed of the initialisation and batch order (default 0)." };

    /// <summary>Task subset.</summary>
    public Option<string?> Tasks { get; } = new("--tasks") { Description = "Tasks to train on jointly, e.g. 1-20 or 1,2,5-7 (default: every task in the folder)." };

    /// <summary>Runs folder.</summary>
    public Option<string?> RunDirectory { get; } = new("--run-dir") { Description = "Folder under which the run folder babi-stm-<time> is created (default runs)." };

    /// <summary>Resume folder.</summary>
    public Option<string?> Resume { get; } = new("--resume") { Description = "Continue the run in this run folder from its last checkpoint with its config.json; only --data, --epochs, --max-iterations, --max-minutes, --checkpoint-minutes and --threads may change." };

    /// <summary>Config file.</summary>
    public Option<string?> Config { get; } = new("--config") { Description = "Settings file (a run's config.json); options given on the command line override it." };

    /// <summary>Torch threads.</summary>
    public Option<int?> Threads { get; } = new("--threads") { Description = "Torch intra-op threads. Default 1 (OpenMP threads spin while waiting; two were slower than one on 2 cores)." };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { Data, Epochs, MaxMinutes, MaxIterations, CheckpointMinutes, BatchSize, LearningRate, Seed, Tasks, RunDirectory, Resume, Config, Threads })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The settings of this invocation.</summary>
    /// <exception cref="UserInputException">Options that cannot go together, or an unreadable settings file.</exception>
    public BabiSettings Resolve(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var resume = parse.GetValue(Resume);
        var config = parse.GetValue(Config);
        if (resume is not null)
        {
            if (config is not null)
            {
                throw new UserInputException("--resume and --config cannot go together: a resumed run keeps its own config.json.");
            }

            var fixedByRun = new Option[] { BatchSize, LearningRate, Seed, Tasks, RunDirectory }.Where(o => parse.GetResult(o) is { Implicit: false }).ToArray();
            if (fixedByRun.Length > 0)
            {
                throw new UserInputException(
                    $"--resume continues a run with its own settings; {string.Join(", ", fixedByRun.Select(o => o.Name))} cannot change (only --data, --epochs, --max-minutes, --max-iterations, --checkpoint-minutes, --threads).");
            }

            config = Training.RunFolder.OpenExisting(resume).ConfigFile;
        }

        var settings = config is null ? new BabiSettings() : BabiSettingsFile.Load(config);
        return settings with
        {
            Data = parse.GetValue(Data) ?? settings.Data,
            Epochs = parse.GetValue(Epochs) ?? settings.Epochs,
            MaxMinutes = parse.GetValue(MaxMinutes) ?? settings.MaxMinutes,
            MaxIterations = parse.GetValue(MaxIterations) ?? settings.MaxIterations,
            CheckpointMinutes = parse.GetValue(CheckpointMinutes) ?? settings.CheckpointMinutes,
            BatchSize = parse.GetValue(BatchSize) ?? settings.BatchSize,
            LearningRate = parse.GetValue(LearningRate) ?? settings.LearningRate,
            Seed = parse.GetValue(Seed) ?? settings.Seed,
            Tasks = parse.GetValue(Tasks) ?? settings.Tasks,
            RunsDirectory = parse.GetValue(RunDirectory) ?? settings.RunsDirectory,
            Threads = parse.GetValue(Threads) ?? settings.Threads,
        };
    }
}
