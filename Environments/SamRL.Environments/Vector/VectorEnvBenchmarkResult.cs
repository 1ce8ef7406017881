namespace SamRL.Environments.Vector;

/// <summary>The outcome of <see cref="VectorEnvBenchmark.Run"/>.</summary>
/// <param name="EnvironmentCount">Copies stepped together.</param>
/// <param name="TotalSteps">Environment steps timed (copies × vector steps).</param>
/// <param name="EpisodesCompleted">Episodes that ended during the timed steps.</param>
/// <param name="Elapsed">Wall-clock time of the timed steps.</param>
/// <param name="StepsPerSecond">Environment steps per second.</param>
public sealed record VectorEnvBenchmarkResult(int EnvironmentCount, long TotalSteps, long EpisodesCompleted, TimeSpan Elapsed, double StepsPerSecond);
