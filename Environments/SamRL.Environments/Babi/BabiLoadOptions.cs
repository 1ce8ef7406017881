namespace SamRL.Environments.Babi;

/// <summary>How <see cref="BabiDataset.Load"/> pads and splits.</summary>
public sealed record BabiLoadOptions
{
    /// <summary>
    /// Most sentences kept per story (the last ones); 70 as in the authors' code, which meant 130 for task 3
    /// but applies 70 to every task (reference §5.1).
    /// </summary>
    public int MaxStorySentences { get; init; } = 70;

    /// <summary>
    /// Fraction of a task's training stories moved to validation when the folder has no <c>_valid</c> file
    /// (en-10k → en-valid-10k: the last 10 % of the stories, so no story is split across the two).
    /// </summary>
    public double ValidationFraction { get; init; } = 0.1;
}
