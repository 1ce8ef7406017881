namespace SamRL.Environments.Episodes;

/// <summary>A state checksum recorded after <paramref name="StepCount"/> steps (0 = right after reset).</summary>
/// <param name="StepCount">Steps taken when the checksum was computed.</param>
/// <param name="StateChecksum">The environment's <see cref="IStateChecksum.ComputeStateChecksum"/> at that point.</param>
public readonly record struct EpisodeCheckpoint(long StepCount, ulong StateChecksum);
