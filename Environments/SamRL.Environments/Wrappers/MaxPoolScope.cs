namespace SamRL.Environments.Wrappers;

/// <summary>Which raw frames <see cref="MaxAndSkipWrapper{TObservation, TAction}"/> takes the maximum over.</summary>
public enum MaxPoolScope
{
    /// <summary>
    /// The last frames of the current agent step only (OpenAI baselines, Gymnasium): with skip 1 the
    /// observation is the raw frame.
    /// </summary>
    WithinStep,

    /// <summary>
    /// The last frames emulated since the reset, across agent steps (the SAM authors' deque, cleared only at
    /// reset and seeded with the reset frame): with skip below the pool size, frames of earlier steps take part.
    /// </summary>
    AcrossSteps,
}
