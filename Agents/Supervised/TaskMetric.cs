namespace SamRL.Agents.Supervised;

/// <summary>The metric a supervised task is judged by (paper §3).</summary>
public enum TaskMetric
{
    /// <summary>Fraction of sequences whose single predicted class is right (associative retrieval, Nth-farthest).</summary>
    Accuracy,

    /// <summary>Wrong bits per sequence after thresholding σ(output) at 0.5 (copy, priority sort, RAR; Fig. 2).</summary>
    BitErrorPerSequence,

    /// <summary>Fraction of output steps whose predicted class is right (convex hull, TSP, graphs; Table 3).</summary>
    StepAccuracy,
}

/// <summary>Names and directions of <see cref="TaskMetric"/>.</summary>
public static class TaskMetricNames
{
    /// <summary>The metric's name in run files: <c>accuracy</c>, <c>bit-error-per-sequence</c> or <c>step-accuracy</c>.</summary>
    public static string Name(this TaskMetric metric) => metric switch
    {
        TaskMetric.Accuracy => "accuracy",
        TaskMetric.BitErrorPerSequence => "bit-error-per-sequence",
        TaskMetric.StepAccuracy => "step-accuracy",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "unknown metric"),
    };

    /// <summary>Whether a larger value is better (accuracies) or worse (bit error).</summary>
    public static bool HigherIsBetter(this TaskMetric metric) => metric != TaskMetric.BitErrorPerSequence;
}
