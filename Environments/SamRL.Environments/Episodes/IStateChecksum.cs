namespace SamRL.Environments.Episodes;

/// <summary>
/// An environment whose complete simulation state can be summarised in 64 bits, so a replay can check it
/// re-simulated the recorded episode exactly (the Atari machine hashes its RAM, CPU/chip registers and
/// screen). Replays find it anywhere in a wrapper stack (<see cref="Core.EnvChain"/>).
/// </summary>
public interface IStateChecksum
{
    /// <summary>
    /// A hash of the current state: equal states give equal values, and any divergence should change it.
    /// Must not allocate: it is called every few steps while recording. <see cref="StateHash"/> helps.
    /// </summary>
    ulong ComputeStateChecksum();
}
