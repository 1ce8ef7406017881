namespace SamRL.Agents.Supervised;

/// <summary>The held-out data a supervised run is evaluated on.</summary>
public enum EvaluationSplit
{
    /// <summary>Validation: chooses the best model during training.</summary>
    Validation,

    /// <summary>Test: the best model is evaluated on it once, at the end.</summary>
    Test,
}
