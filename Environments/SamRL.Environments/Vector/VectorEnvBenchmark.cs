using System.Diagnostics;
using SamRL.Environments.Core;

namespace SamRL.Environments.Vector;

/// <summary>
/// Measures environment throughput: steps <c>environmentCount</c> copies of an environment with random actions
/// (drawn from the action space with an <see cref="Rng"/>) and reports environment steps per second. The entry
/// point of the runner's <c>bench</c> command.
/// </summary>
public static class VectorEnvBenchmark
{
    /// <summary>The <see cref="SeedSequence"/> stream of the benchmark's random actions.</summary>
    public const ulong ActionStream = 0x42454E43; // "BENC"

    /// <summary>Runs the benchmark.</summary>
    /// <param name="factory">Creates environment <c>i</c>.</param>
    /// <param name="environmentCount">Copies stepped together.</param>
    /// <param name="vectorSteps">Vector steps to time (each steps every copy once).</param>
    /// <param name="asynchronous">Use <see cref="AsyncVectorEnv{TObservation, TAction}"/> (worker threads) instead of <see cref="SyncVectorEnv{TObservation, TAction}"/>.</param>
    /// <param name="workerCount">Worker threads of the asynchronous variant; default <c>min(copies, processor count)</c>.</param>
    /// <param name="seed">Seeds the environments (<c>seed + i</c>) and the action generator.</param>
    /// <param name="warmupVectorSteps">Untimed vector steps first, so the JIT has optimised the hot paths.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is not positive, or <paramref name="warmupVectorSteps"/> is negative.</exception>
    public static VectorEnvBenchmarkResult Run<TObservation, TAction>(
        Func<int, IEnv<TObservation, TAction>> factory,
        int environmentCount,
        int vectorSteps,
        bool asynchronous = false,
        int? workerCount = null,
        ulong seed = 0,
        int warmupVectorSteps = 100)
        where TObservation : unmanaged
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(environmentCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(vectorSteps);
        ArgumentOutOfRangeException.ThrowIfNegative(warmupVectorSteps);
        using IVectorEnv<TObservation, TAction> vector = asynchronous
            ? new AsyncVectorEnv<TObservation, TAction>(environmentCount, factory, workerCount)
            : new SyncVectorEnv<TObservation, TAction>(environmentCount, factory);
        var rng = new Rng(SeedSequence.Derive(seed, ActionStream));
        var actions = new TAction[environmentCount];
        var space = vector.SingleActionSpace;
        vector.Reset(seed);
        for (var step = 0; step < warmupVectorSteps; step++)
        {
            SampleActions(space, rng, actions);
            vector.Step(actions);
        }

        var episodes = 0L;
        var stopwatch = Stopwatch.StartNew();
        for (var step = 0; step < vectorSteps; step++)
        {
            SampleActions(space, rng, actions);
            var result = vector.Step(actions);
            for (var i = 0; i < environmentCount; i++)
            {
                episodes += result.IsDone(i) ? 1 : 0;
            }
        }

        stopwatch.Stop();
        var totalSteps = (long)environmentCount * vectorSteps;
        return new VectorEnvBenchmarkResult(environmentCount, totalSteps, episodes, stopwatch.Elapsed, totalSteps / stopwatch.Elapsed.TotalSeconds);
    }

    private static void SampleActions<TAction>(Spaces.ISpace<TAction> space, Rng rng, TAction[] actions)
    {
        for (var i = 0; i < actions.Length; i++)
        {
            actions[i] = space.Sample(rng);
        }
    }
}
