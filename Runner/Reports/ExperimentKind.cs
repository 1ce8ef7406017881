namespace SamRL.Runner.Reports;

/// <summary>Which Runner command an experiment runs, which decides the files its run folder holds.</summary>
public enum ExperimentKind
{
    /// <summary><c>task ...</c> or <c>babi ...</c>: a run folder with <c>results.json</c> and the supervised <c>metrics.csv</c>.</summary>
    Supervised,

    /// <summary><c>&lt;game&gt; ...</c>: an A3C run folder whose <c>metrics.csv</c> holds the evaluation episodes.</summary>
    Reinforcement,
}
