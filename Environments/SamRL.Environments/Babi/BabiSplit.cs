namespace SamRL.Environments.Babi;

/// <summary>The three splits of a bAbI task.</summary>
public enum BabiSplit
{
    /// <summary>Training questions.</summary>
    Train,

    /// <summary>Validation questions (the <c>_valid</c> file, or the tail of the training file).</summary>
    Valid,

    /// <summary>Test questions.</summary>
    Test,
}
