namespace SamRL.Agents.Supervised;

/// <summary>The optimiser of a supervised run (SAM_STM_REFERENCE §4.0–§4.1).</summary>
public enum OptimizerKind
{
    /// <summary>RMSprop with momentum (copy, priority sort, RAR, associative retrieval, geometry and graphs).</summary>
    RmsProp,

    /// <summary>Adam (Nth-farthest).</summary>
    Adam,
}
