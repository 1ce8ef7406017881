using System.Globalization;

namespace SamRL.Runner.Supervised;

/// <summary>The run folder name of a supervised run: <c>&lt;name&gt;-&lt;model&gt;-&lt;yyyyMMdd-HHmmss&gt;</c> (UTC), as the run-folder contract fixes it.</summary>
public static class TaskRunName
{
    /// <summary>The folder name of a run of <paramref name="task"/> with <paramref name="model"/> started at <paramref name="start"/>.</summary>
    public static string Of(string task, string model, DateTimeOffset start) =>
        $"{task}-{model}-{start.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
}
