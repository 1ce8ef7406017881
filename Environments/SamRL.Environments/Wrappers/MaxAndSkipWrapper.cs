using System.Numerics;
using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// Frame skipping with max-pooling: repeats the action <see cref="Skip"/> times on the inner (frame-skip 1)
/// environment, sums the rewards, stops early when the episode ends, and observes the element-wise maximum
/// of the last <see cref="PoolSize"/> raw frames (which removes sprite flicker).
/// </summary>
/// <remarks>
/// OpenAI baselines / DeepMind: pool size 2, <see cref="MaxPoolScope.WithinStep"/>. The SAM authors (reference §3.1):
/// pool size 3, <see cref="MaxPoolScope.AcrossSteps"/>. A skip of 0 means "every frame" and behaves as 1, the
/// meaning of the paper's "0-frame skip". Reset returns the inner reset observation unchanged.
/// </remarks>
/// <typeparam name="TObservation">Observation element type (<see cref="byte"/> screens, or <see cref="float"/>).</typeparam>
/// <typeparam name="TAction">Action type.</typeparam>
public sealed class MaxAndSkipWrapper<TObservation, TAction> : EnvWrapper<TObservation, TAction>
    where TObservation : unmanaged, INumber<TObservation>
{
    private readonly int frameSize;
    private readonly TObservation[] pool;
    private readonly TObservation[] output;
    private int newestSlot = -1;
    private int framesInPool;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">A frame-skip-1 environment.</param>
    /// <param name="skip">Raw frames per agent step; 0 is read as 1.</param>
    /// <param name="poolSize">How many of the most recent raw frames are max-pooled (2 baselines, 3 authors).</param>
    /// <param name="scope">Whether the pool is per step (baselines) or kept across steps until reset (authors).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative or <paramref name="poolSize"/> is not positive.</exception>
    public MaxAndSkipWrapper(IEnv<TObservation, TAction> inner, int skip = 4, int poolSize = 2, MaxPoolScope scope = MaxPoolScope.WithinStep)
        : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(poolSize);
        if (!Enum.IsDefined(scope))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "Expected MaxPoolScope.WithinStep or MaxPoolScope.AcrossSteps.");
        }

        Skip = Math.Max(skip, 1);
        PoolSize = poolSize;
        Scope = scope;
        frameSize = inner.ObservationSpace.Shape.ElementCount;
        pool = new TObservation[poolSize * frameSize];
        output = new TObservation[frameSize];
    }

    /// <summary>Raw frames per agent step (at least 1).</summary>
    public int Skip { get; }

    /// <summary>How many recent raw frames are max-pooled.</summary>
    public int PoolSize { get; }

    /// <summary>Whether the pool spans agent steps.</summary>
    public MaxPoolScope Scope { get; }

    /// <inheritdoc />
    public override ResetResult<TObservation> Reset(ulong? seed = null)
    {
        var result = Inner.Reset(seed);
        framesInPool = 0;
        if (Scope == MaxPoolScope.AcrossSteps)
        {
            Remember(result.Observation);
        }

        return result;
    }

    /// <inheritdoc />
    public override StepResult<TObservation> Step(TAction action)
    {
        if (Scope == MaxPoolScope.WithinStep)
        {
            framesInPool = 0;
        }

        var reward = 0.0;
        var firstPooledFrame = Skip - PoolSize;
        for (var frame = 0; ; frame++)
        {
            var result = Inner.Step(action);
            reward += result.Reward;
            var last = frame == Skip - 1 || result.IsDone;

            // Frames older than the last PoolSize of the step would be evicted before use: skip their copy.
            if (frame >= firstPooledFrame || last)
            {
                Remember(result.Observation);
            }

            if (last)
            {
                MaxOverPool();
                return new StepResult<TObservation>(output, reward, result.Terminated, result.Truncated, result.Info);
            }
        }
    }

    private void Remember(ReadOnlySpan<TObservation> frame)
    {
        ObservationChecks.EnsureLength(frame, frameSize, Inner);
        newestSlot = (newestSlot + 1) % PoolSize;
        frame.CopyTo(pool.AsSpan(newestSlot * frameSize, frameSize));
        framesInPool = Math.Min(framesInPool + 1, PoolSize);
    }

    private void MaxOverPool()
    {
        var result = output.AsSpan();
        pool.AsSpan(newestSlot * frameSize, frameSize).CopyTo(result);
        for (var age = 1; age < framesInPool; age++)
        {
            var slot = (newestSlot - age + PoolSize) % PoolSize;
            MaxInto(result, pool.AsSpan(slot * frameSize, frameSize));
        }
    }

    // SIMD where the element type allows it: pooling whole RGB screens is the wrapper's main cost.
    private static void MaxInto(Span<TObservation> accumulator, ReadOnlySpan<TObservation> frame)
    {
        var i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && Vector<TObservation>.IsSupported)
        {
            var width = Vector<TObservation>.Count;
            for (; i <= accumulator.Length - width; i += width)
            {
                System.Numerics.Vector.Max(new Vector<TObservation>(accumulator[i..]), new Vector<TObservation>(frame[i..])).CopyTo(accumulator[i..]);
            }
        }

        for (; i < accumulator.Length; i++)
        {
            accumulator[i] = TObservation.Max(accumulator[i], frame[i]);
        }
    }
}
