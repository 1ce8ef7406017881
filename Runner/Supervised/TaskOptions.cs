using System.CommandLine;
using SamRL.Agents.Supervised;
using SamRL.Runner.Cli;
using SamRL.Runner.Training;

namespace SamRL.Runner.Supervised;

/// <summary>
/// The options of <c>SamRL.Runner task &lt;name&gt;</c> and how they combine with a <c>--config</c> file or a resumed
/// run: an option given on the command line wins over the file; what neither sets takes the task's default.
/// </summary>
public sealed class TaskOptions
{
    /// <summary>The task name.</summary>
    public Argument<string?> Name { get; } = new("name")
    {
        Description = $"The task: {string.Join(", ", SupervisedTasks.Names)}. Optional with --resume or --config.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary><c>--length</c>.</summary>
    public Option<int> Length { get; } = new("--length") { Description = "associative-retrieval: sequence length 30 (14 pairs) or 50 (24 pairs). Default 50.", HelpName = "30|50" };

    /// <summary><c>--points</c>.</summary>
    public Option<int> Points { get; } = new("--points") { Description = "convex-hull, tsp: points per problem, 5 or 10. Default 5.", HelpName = "5|10" };

    /// <summary><c>--vectors</c>.</summary>
    public Option<int> Vectors { get; } = new("--vectors")
    {
        Description = "nth-farthest: vectors per sequence k (at least 2; the answer is one of k labels). Default 8, the paper's.",
        HelpName = "k",
    };

    /// <summary><c>--dimension</c>.</summary>
    public Option<int> Dimension { get; } = new("--dimension") { Description = "nth-farthest: dimensions of each vector. Default 16, the paper's.", HelpName = "n" };

    /// <summary><c>--model</c>.</summary>
    public Option<string> Model { get; } = new("--model")
    {
        Description = "stm (the task's STM preset), lstm (1 layer, 512, learned initial state) or alstm (GRU encoder–decoder with attention, 512; decoding tasks only). Default stm.",
        HelpName = "stm|lstm|alstm",
    };

    /// <summary><c>--slot-size</c>.</summary>
    public Option<int> SlotSize { get; } = new("--slot-size") { Description = "STM slot size d (Table 1: 48 or 96). Default: the task preset's (96; 128 for nth-farthest and geometry/graphs; 72 for rar).", HelpName = "d" };

    /// <summary><c>--queries</c>.</summary>
    public Option<int> Queries { get; } = new("--queries") { Description = "STM n_q = N, SAM queries and relational slots (Table 2: 1, 4, 8). Default: the preset's (2 for associative retrieval, 16 for rar, else 8).", HelpName = "n" };

    /// <summary><c>--sam-passes</c>.</summary>
    public Option<int> SamPasses { get; } = new("--sam-passes") { Description = "STM: SAM passes per time step. Default 1.", HelpName = "n" };

    /// <summary><c>--no-gates</c>.</summary>
    public Option<bool> NoGates { get; } = new("--no-gates") { Description = "STM ablation \"w/o gates\": ungated item-memory write. Default: gates on (off in nth-farthest's preset)." };

    /// <summary><c>--no-transfer</c>.</summary>
    public Option<bool> NoTransfer { get; } = new("--no-transfer") { Description = "STM ablation \"w/o transfer\": no relational → item transfer. Default: transfer on." };

    /// <summary><c>--batch-size</c>.</summary>
    public Option<int> BatchSize { get; } = new("--batch-size") { Description = "Sequences per iteration. Default 128 (the authors' default; the paper used 1600 for nth-farthest).", HelpName = "n" };

    /// <summary><c>--lr</c>.</summary>
    public Option<double> LearningRate { get; } = new("--lr") { Description = "Learning rate of RMSprop (Adam for nth-farthest). Default 1e-4.", HelpName = "rate" };

    /// <summary><c>--lr-decay-start</c>.</summary>
    public Option<long> LearningRateDecayStart { get; } = new("--lr-decay-start")
    {
        Description = "From this iteration on, the learning rate falls along a half cosine from --lr to 0 at --max-iterations. Default: constant (the authors'). A resumed run may set it for the iterations still to come.",
        HelpName = "iteration",
    };

    /// <summary><c>--seed</c>.</summary>
    public Option<ulong> Seed { get; } = new("--seed") { Description = "Seed of initialisation, training batches and epoch order. Default 1." };

    /// <summary><c>--max-iterations</c>.</summary>
    public Option<long> MaxIterations { get; } = new("--max-iterations")
    {
        Description = "Training iterations, then the best model is tested. Default: the task's (copy, priority-sort, rar 50,000; associative-retrieval 100,000; nth-farthest, geometry, graphs 1,000,000).",
        HelpName = "n",
    };

    /// <summary><c>--max-minutes</c>.</summary>
    public Option<double> MaxMinutes { get; } = new("--max-minutes") { Description = "Stop training after this many minutes (summed over resumed sessions), then test the best model. Default: no limit (Ctrl+C stops with a checkpoint).", HelpName = "minutes" };

    /// <summary><c>--eval-every</c>.</summary>
    public Option<long> EvaluateEvery { get; } = new("--eval-every")
    {
        Description = "Iterations between validations (each writes the checkpoint). Default: one epoch (781) for associative-retrieval, 1,000 otherwise.",
        HelpName = "n",
    };

    /// <summary><c>--checkpoint-minutes</c>.</summary>
    public Option<double> CheckpointMinutes { get; } = new("--checkpoint-minutes")
    {
        Description = "Minutes of training between checkpoints besides each validation's; a kill loses at most this much. Default 10.",
        HelpName = "minutes",
    };

    /// <summary><c>--run-dir</c>.</summary>
    public Option<string> RunDirectory { get; } = new("--run-dir") { Description = "Folder in which the run folder <name>-<model>-<time> is created. Default runs.", HelpName = "folder" };

    /// <summary><c>--resume</c>.</summary>
    public Option<string> Resume { get; } = new("--resume") { Description = "Continue the run in this run folder from its last checkpoint.", HelpName = "run-folder" };

    /// <summary><c>--config</c>.</summary>
    public Option<string> Config { get; } = new("--config") { Description = "JSON settings file (the fields of a run's config.json); options given here override it.", HelpName = "file.json" };

    /// <summary><c>--threads</c>.</summary>
    public Option<int> Threads { get; } = new("--threads") { Description = "libtorch intra-op threads. Default 1 (OpenMP threads spin while waiting; two were slower than one on 2 cores).", HelpName = "n" };

    /// <summary>Adds the argument and every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Arguments.Add(Name);
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// The resolved settings of this invocation: those of <c>--resume</c>'s run or <c>--config</c>'s file, overridden by
    /// the options given, with the task's defaults for the rest. A resumed run may only change its limits, the learning-rate
    /// decay of the iterations still to come, the checkpoint interval and threads.
    /// </summary>
    /// <exception cref="UserInputException">A value is invalid, or an option conflicts with <c>--resume</c>.</exception>
    public TaskSettings Resolve(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var resume = parse.GetValue(Resume);
        var config = parse.GetValue(Config);
        TaskSettings baseline;
        if (resume is not null)
        {
            if (config is not null)
            {
                throw new UserInputException("--config cannot be used with --resume: a resumed run keeps its own config.json.");
            }

            baseline = TaskSettingsFile.Load(RunFolder.OpenExisting(resume).ConfigFile);
            var name = parse.GetValue(Name);
            if (name is not null && name != baseline.Task)
            {
                throw new UserInputException($"<name> is {name}, but the run in {resume} trains {baseline.Task}.");
            }

            foreach (var fixedOption in All.Except([MaxIterations, MaxMinutes, LearningRateDecayStart, CheckpointMinutes, Threads, Resume]).Where(option => IsGiven(parse, option)))
            {
                throw new UserInputException($"{fixedOption.Name} cannot change when resuming; only --max-iterations, --max-minutes, --lr-decay-start, --checkpoint-minutes and --threads can.");
            }
        }
        else
        {
            baseline = config is null ? new TaskSettings() : TaskSettingsFile.Load(config);
        }

        var settings = baseline with
        {
            Task = parse.GetValue(Name) ?? baseline.Task,
            Length = IsGiven(parse, Length) ? parse.GetValue(Length) : baseline.Length,
            Points = IsGiven(parse, Points) ? parse.GetValue(Points) : baseline.Points,
            Vectors = IsGiven(parse, Vectors) ? parse.GetValue(Vectors) : baseline.Vectors,
            Dimension = IsGiven(parse, Dimension) ? parse.GetValue(Dimension) : baseline.Dimension,
            Model = IsGiven(parse, Model) ? parse.GetValue(Model)! : baseline.Model,
            SlotSize = IsGiven(parse, SlotSize) ? parse.GetValue(SlotSize) : baseline.SlotSize,
            Queries = IsGiven(parse, Queries) ? parse.GetValue(Queries) : baseline.Queries,
            SamPasses = IsGiven(parse, SamPasses) ? parse.GetValue(SamPasses) : baseline.SamPasses,
            Gates = IsGiven(parse, NoGates) ? !parse.GetValue(NoGates) : baseline.Gates,
            Transfer = IsGiven(parse, NoTransfer) ? !parse.GetValue(NoTransfer) : baseline.Transfer,
            BatchSize = IsGiven(parse, BatchSize) ? parse.GetValue(BatchSize) : baseline.BatchSize,
            LearningRate = IsGiven(parse, LearningRate) ? parse.GetValue(LearningRate) : baseline.LearningRate,
            LearningRateDecayStart = IsGiven(parse, LearningRateDecayStart) ? parse.GetValue(LearningRateDecayStart) : baseline.LearningRateDecayStart,
            Seed = IsGiven(parse, Seed) ? parse.GetValue(Seed) : baseline.Seed,
            MaxIterations = IsGiven(parse, MaxIterations) ? parse.GetValue(MaxIterations) : baseline.MaxIterations,
            MaxMinutes = IsGiven(parse, MaxMinutes) ? parse.GetValue(MaxMinutes) : baseline.MaxMinutes,
            EvalEvery = IsGiven(parse, EvaluateEvery) ? parse.GetValue(EvaluateEvery) : baseline.EvalEvery,
            CheckpointMinutes = IsGiven(parse, CheckpointMinutes) ? parse.GetValue(CheckpointMinutes) : baseline.CheckpointMinutes,
            RunDir = IsGiven(parse, RunDirectory) ? parse.GetValue(RunDirectory)! : baseline.RunDir,
            Threads = IsGiven(parse, Threads) ? parse.GetValue(Threads) : baseline.Threads,
        };
        return settings.Resolve();
    }

    private IEnumerable<Option> All =>
    [
        Length, Points, Vectors, Dimension, Model, SlotSize, Queries, SamPasses, NoGates, NoTransfer, BatchSize, LearningRate, LearningRateDecayStart, Seed,
        MaxIterations, MaxMinutes, EvaluateEvery, CheckpointMinutes, RunDirectory, Resume, Config, Threads,
    ];

    private static bool IsGiven(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };
}
