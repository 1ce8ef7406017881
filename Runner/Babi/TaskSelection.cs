using System.Globalization;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Babi;

/// <summary>The <c>--tasks</c> syntax: task numbers and ranges separated by commas, e.g. "1-20" or "1,2,5-7".</summary>
public static class TaskSelection
{
    /// <summary>The task numbers of <paramref name="text"/>, ascending and distinct.</summary>
    /// <exception cref="UserInputException">The text is not a list of numbers and ranges of bAbI tasks (1..20).</exception>
    public static int[] Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tasks = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2 || !bounds.All(IsTask))
            {
                throw new UserInputException($"--tasks '{text}': expected task numbers 1..20 and ranges such as 1-20 or 1,2,5-7.");
            }

            var first = int.Parse(bounds[0], CultureInfo.InvariantCulture);
            var last = int.Parse(bounds[^1], CultureInfo.InvariantCulture);
            if (last < first)
            {
                throw new UserInputException($"--tasks '{text}': the range {part} runs backwards.");
            }

            for (var task = first; task <= last; task++)
            {
                tasks.Add(task);
            }
        }

        return [.. tasks];
    }

    /// <summary>Formats ascending task numbers compactly: [1, 2, 3, 5] → "1-3,5".</summary>
    public static string Format(IReadOnlyList<int> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var parts = new List<string>();
        for (var i = 0; i < tasks.Count;)
        {
            var j = i;
            while (j + 1 < tasks.Count && tasks[j + 1] == tasks[j] + 1)
            {
                j++;
            }

            parts.Add(i == j ? tasks[i].ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{tasks[i]}-{tasks[j]}"));
            i = j + 1;
        }

        return string.Join(",", parts);
    }

    private static bool IsTask(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var task) && task is >= 1 and <= 20;
}
