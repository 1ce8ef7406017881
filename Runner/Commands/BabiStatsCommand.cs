using System.CommandLine;
using System.Text.Json;
using SamRL.Environments.Babi;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Commands;

/// <summary>
/// <c>babi stats --data DIR [--json]</c>: loads the bAbI files of a folder and prints, per task, the stories
/// and questions of each split, the padded sentence and story lengths, and the shared vocabulary size. A missing
/// folder or a malformed file is bad input: one <c>error:</c> line naming the file and line, exit code 2.
/// </summary>
public static class BabiStatsCommand
{
    /// <summary>
    /// Builds the <c>babi</c> command group with <c>stats</c> attached; other bAbI commands add themselves to
    /// the returned command's <see cref="Command.Subcommands"/>.
    /// </summary>
    public static Command CreateGroup()
    {
        var babi = new Command("babi", "bAbI question answering (tasks 1–20).");
        babi.Subcommands.Add(Create());
        return babi;
    }

    /// <summary>Builds the <c>stats</c> command.</summary>
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "Folder with the bAbI text files (qaN_*_train.txt, qaN_*_test.txt, optionally qaN_*_valid.txt), e.g. tasks_1-20_v1-2/en-valid-10k.",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var command = new Command("stats", "Count stories and questions per task and split; report vocabulary and padded sizes.")
        {
            data, json,
        };
        command.SetAction(parse => CommandErrors.Run(parse.InvocationConfiguration.Error, () =>
        {
            var output = parse.InvocationConfiguration.Output;
            var folder = parse.GetRequiredValue(data);
            var dataset = BabiDataset.Load(folder);
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(ToJson(folder, dataset)));
            }
            else
            {
                WriteTable(output, dataset);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Dictionary<string, object> ToJson(string folder, BabiDataset dataset) => new()
    {
        ["data"] = folder,
        ["vocabulary_size"] = dataset.Vocabulary.Count,
        ["max_sentence_length"] = dataset.MaxSentenceLength,
        ["tasks"] = dataset.Tasks.Select(task => new Dictionary<string, object>
        {
            ["task"] = task.Number,
            ["train"] = SplitJson(task, BabiSplit.Train),
            ["valid"] = SplitJson(task, BabiSplit.Valid),
            ["test"] = SplitJson(task, BabiSplit.Test),
            ["sentence_length"] = task.SentenceLength,
            ["story_length"] = task.StoryLength,
            ["longest_story"] = task.LongestStory,
        }).ToArray(),
    };

    private static Dictionary<string, int> SplitJson(BabiTask task, BabiSplit split) => new()
    {
        ["stories"] = task.Stories(split).Count,
        ["questions"] = task.QuestionCount(split),
    };

    private static void WriteTable(TextWriter output, BabiDataset dataset)
    {
        output.WriteLine($"{"task",4}  {"train s/q",13}  {"valid s/q",13}  {"test s/q",13}  {"W",3}  {"S",3}  {"longest",7}");
        foreach (var task in dataset.Tasks)
        {
            string Counts(BabiSplit split) => $"{task.Stories(split).Count}/{task.QuestionCount(split)}";
            output.WriteLine(
                $"{task.Number,4}  {Counts(BabiSplit.Train),13}  {Counts(BabiSplit.Valid),13}  {Counts(BabiSplit.Test),13}  {task.SentenceLength,3}  {task.StoryLength,3}  {task.LongestStory,7}");
        }

        output.WriteLine($"vocabulary: {dataset.Vocabulary.Count} entries (padding included); longest sentence: {dataset.MaxSentenceLength} tokens");
    }
}
