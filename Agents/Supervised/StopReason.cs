namespace SamRL.Agents.Supervised;

/// <summary>Why a supervised run stopped.</summary>
public enum StopReason
{
    /// <summary>It reached its iterations and tested its best model.</summary>
    Finished,

    /// <summary>It reached its time limit and tested its best model.</summary>
    TimeLimit,

    /// <summary>It was cancelled (Ctrl+C): checkpointed, not tested; <c>--resume</c> continues it.</summary>
    Cancelled,
}
