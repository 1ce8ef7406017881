namespace SamRL.Environments.Core;

/// <summary>
/// SamRL's seeding convention: one <c>ulong</c> seed per run, from which every random source derives an
/// independent seed by a fixed rule, so a run is reproducible from its seed on any machine and .NET version.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description><see cref="Rng"/> (xoshiro256**) is seeded with four successive <see cref="SplitMix64"/>
/// outputs of the seed (the seeding its authors recommend).</description></item>
/// <item><description>A component that needs its own stream (a wrapper's noop count, a vector env's i-th copy,
/// a worker) uses <c>Derive(seed, stream)</c> with a stream number fixed in its documentation.</description></item>
/// <item><description>Vector environments reset their i-th environment with <c>seed + i</c>, as Gymnasium does.</description></item>
/// </list>
/// </remarks>
public static class SeedSequence
{
    /// <summary>
    /// The seed of stream <paramref name="stream"/> of <paramref name="seed"/>:
    /// <c>Mix(seed ^ Mix(stream + 0x9E3779B97F4A7C15))</c> with <see cref="SplitMix64.Mix"/>.
    /// Distinct streams of one seed, and one stream of distinct seeds, give unrelated values.
    /// </summary>
    public static ulong Derive(ulong seed, ulong stream) =>
        SplitMix64.Mix(seed ^ SplitMix64.Mix(stream + SplitMix64.GoldenGamma));
}
