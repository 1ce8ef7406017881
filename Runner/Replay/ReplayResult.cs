namespace SamRL.Runner.Replay;

/// <summary>The outcome of re-simulating a recorded episode.</summary>
/// <param name="Steps">Steps re-simulated (all recorded ones unless the environment ended early).</param>
/// <param name="TotalReward">Sum of the re-simulated rewards.</param>
/// <param name="Mismatch">The first difference from the recording, or null when everything matched.</param>
public sealed record ReplayResult(long Steps, double TotalReward, string? Mismatch);
