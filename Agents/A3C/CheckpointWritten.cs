namespace SamRL.Agents.A3C;

/// <summary>Which checkpoint was written.</summary>
public enum CheckpointKind
{
    /// <summary>The periodic full checkpoint (model, optimiser, counters, RNG states).</summary>
    Periodic,

    /// <summary>The full checkpoint written when the run stops.</summary>
    Final,

    /// <summary>The weights of the best evaluation episode so far (model only).</summary>
    BestModel,
}

/// <summary>A checkpoint that was written (see <see cref="ITrainingObserver.OnCheckpoint"/>).</summary>
/// <param name="Path">The file.</param>
/// <param name="Kind">Periodic, final, or best model.</param>
/// <param name="Frames">Training frames at the moment of the snapshot.</param>
public readonly record struct CheckpointWritten(string Path, CheckpointKind Kind, long Frames);
