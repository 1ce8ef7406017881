namespace SamRL.Runner.Reports;

/// <summary>
/// How a <c>results.json</c> metric is shown: accuracy-type metrics are fractions in the files and percentages in the
/// paper's tables and in ours; bit errors and tour lengths are shown as they are.
/// </summary>
public static class MetricUnits
{
    /// <summary>The factor from the file's value to the report's.</summary>
    public static double Scale(string metric) => metric is "accuracy" or "step-accuracy" or "error" ? 100 : 1;

    /// <summary>The metric's name in the report, with its unit.</summary>
    public static string Describe(string metric) => Scale(metric) == 100 ? $"{metric} %" : metric;
}
