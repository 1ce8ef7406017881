using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SamRL.Runner.Commands;

namespace SamRL.Runner.Tests;

public class BabiStatsCommandTests
{
    [Fact]
    public void Json_reports_split_counts_padded_sizes_and_vocabulary()
    {
        var (exit, output, error) = Run("babi", "stats", "--data", SampleFolder(), "--json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        // Our sample: two tasks of 10 training stories (2 questions each; the last story becomes validation)
        // and 2 test stories; 31 vocabulary entries; sentences of 6 and 7 tokens; stories of 4 and 5 sentences.
        Assert.Equal(31, root.GetProperty("vocabulary_size").GetInt32());
        var tasks = root.GetProperty("tasks").EnumerateArray().ToArray();
        Assert.Equal([1, 2], tasks.Select(t => t.GetProperty("task").GetInt32()));
        foreach (var task in tasks)
        {
            Assert.Equal(9, task.GetProperty("train").GetProperty("stories").GetInt32());
            Assert.Equal(18, task.GetProperty("train").GetProperty("questions").GetInt32());
            Assert.Equal(2, task.GetProperty("valid").GetProperty("questions").GetInt32());
            Assert.Equal(4, task.GetProperty("test").GetProperty("questions").GetInt32());
        }

        Assert.Equal([6, 7], tasks.Select(t => t.GetProperty("sentence_length").GetInt32()));
        Assert.Equal([4, 5], tasks.Select(t => t.GetProperty("story_length").GetInt32()));
    }

    [Fact]
    public void Table_lists_every_task()
    {
        var (exit, output, _) = Run("babi", "stats", "--data", SampleFolder());

        Assert.Equal(0, exit);
        Assert.Contains("9/18", output);
        Assert.Contains("vocabulary: 31 entries", output);
    }

    [Fact]
    public void Missing_folder_prints_one_line_and_fails()
    {
        var (exit, output, error) = Run("babi", "stats", "--data", "/nonexistent/babi", "--json");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("/nonexistent/babi", line);
        Assert.DoesNotContain(" at ", line);
    }

    [Fact]
    public void Malformed_file_reports_the_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("babi-bad");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "qa1_x_train.txt"), "1 A went home.\n2 Where is A?\thome\t1\n");
            File.WriteAllText(Path.Combine(folder.FullName, "qa1_x_test.txt"), "1 A went home.\n4 B left.\n");

            var (exit, _, error) = Run("babi", "stats", "--data", folder.FullName);

            Assert.Equal(2, exit);
            Assert.StartsWith("error: ", error);
            Assert.Contains("qa1_x_test.txt:2:", error);
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_runner_command_line_has_babi_stats()
    {
        var babi = Assert.Single(CommandLine.Build().Subcommands, c => c.Name == "babi");
        Assert.Contains(babi.Subcommands, c => c.Name == "stats");
    }

    [Fact]
    public void Missing_data_option_is_a_usage_error()
    {
        var (exit, _, error) = Run("babi", "stats");

        Assert.NotEqual(0, exit);
        Assert.Contains("--data", error);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(BabiStatsCommand.CreateGroup());
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static string SampleFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "SamRL.Environments.Tests", "Babi", "data", "en-10k-sample"));
}
