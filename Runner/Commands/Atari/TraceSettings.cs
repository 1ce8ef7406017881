namespace SamRL.Runner.Commands.Atari;

/// <summary>The options of <c>atari trace</c>, checked.</summary>
/// <param name="RomPath">The ROM file.</param>
/// <param name="GameName">The game to run an unknown ROM as, or null.</param>
/// <param name="Steps">Number of act() calls.</param>
/// <param name="Policy"><c>noop</c> or <c>random</c>.</param>
/// <param name="ActionSeed">SplitMix64 seed of the random policy.</param>
/// <param name="StickyProbability">repeat_action_probability.</param>
/// <param name="RandomSeed">ALE random_seed (sticky-action RNG).</param>
/// <param name="ActionsPath">A file of actions replacing the policy, or null.</param>
/// <param name="OutputPath">The JSON-lines file to write.</param>
internal sealed record TraceSettings(
    string RomPath, string? GameName, int Steps, string Policy, ulong ActionSeed, double StickyProbability, uint RandomSeed, string? ActionsPath, string OutputPath);
