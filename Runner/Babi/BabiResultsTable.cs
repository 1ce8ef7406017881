using System.Globalization;
using SamRL.Agents.Babi;
using Spectre.Console;

namespace SamRL.Runner.Babi;

/// <summary>The final per-task table of a bAbI run (Spectre.Console): test error per task, solved or failed.</summary>
public static class BabiResultsTable
{
    /// <summary>Writes the table and the failed-task count for <paramref name="test"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, BabiSplitScores test, double bestValidError)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(test);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        var table = new Table().Border(TableBorder.Rounded).Title("bAbI test error (best-validation model)");
        table.AddColumn("task");
        table.AddColumn(new TableColumn("questions").RightAligned());
        table.AddColumn(new TableColumn("error %").RightAligned());
        table.AddColumn("result");
        foreach (var task in test.Tasks)
        {
            table.AddRow(
                task.Task.ToString(CultureInfo.InvariantCulture),
                task.Questions.ToString(CultureInfo.InvariantCulture),
                Percent(task.Error),
                task.Failed ? "failed" : "solved");
        }

        table.AddRow("mean", test.Tasks.Sum(t => t.Questions).ToString(CultureInfo.InvariantCulture), Percent(test.MeanError), "");
        console.Write(table);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"failed tasks (error > 5 %): {test.FailedTasks} of {test.Tasks.Count}; mean test error {Percent(test.MeanError)} %; best mean validation error {Percent(bestValidError)} %"));
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture);
}
