using System.Numerics;
using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// Observes the last <see cref="StackSize"/> observations concatenated along the first axis, oldest first:
/// <c>(C, H, W)</c> frames become <c>(k·C, H, W)</c> (so <c>(1, 84, 84)</c> gives the DQN's <c>(4, 84, 84)</c>).
/// After a reset the stack holds <see cref="StackSize"/> copies of the reset observation, as in baselines and Gymnasium.
/// </summary>
/// <typeparam name="TObservation">Observation element type.</typeparam>
/// <typeparam name="TAction">Action type, passed through.</typeparam>
public sealed class FrameStackWrapper<TObservation, TAction> : EnvWrapper<TObservation, TAction>
    where TObservation : unmanaged, INumber<TObservation>
{
    private readonly int frameSize;
    private readonly TObservation[] stack;

    /// <summary>Wraps <paramref name="inner"/>, stacking <paramref name="stackSize"/> observations.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stackSize"/> is not positive.</exception>
    /// <exception cref="ArgumentException">The inner observation space is not a <see cref="BoxSpace{T}"/> or <see cref="MultiBinarySpace"/> of rank ≥ 1.</exception>
    public FrameStackWrapper(IEnv<TObservation, TAction> inner, int stackSize = 4)
        : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stackSize);
        StackSize = stackSize;
        var shape = inner.ObservationSpace.Shape;
        if (shape.Rank == 0)
        {
            throw new ArgumentException($"{inner}: frame stacking needs observations of rank ≥ 1, got shape {shape}.", nameof(inner));
        }

        frameSize = shape.ElementCount;
        stack = new TObservation[stackSize * frameSize];
        Span<int> dimensions = stackalloc int[shape.Rank];
        shape.Dimensions.CopyTo(dimensions);
        dimensions[0] *= stackSize;
        ObservationSpace = StackedSpace(inner.ObservationSpace, new SpaceShape(dimensions), stackSize);
    }

    /// <summary>How many observations are stacked.</summary>
    public int StackSize { get; }

    /// <inheritdoc />
    public override IArraySpace<TObservation> ObservationSpace { get; }

    /// <inheritdoc />
    public override ResetResult<TObservation> Reset(ulong? seed = null)
    {
        var result = Inner.Reset(seed);
        ObservationChecks.EnsureLength(result.Observation, frameSize, Inner);
        for (var i = 0; i < StackSize; i++)
        {
            result.Observation.CopyTo(stack.AsSpan(i * frameSize, frameSize));
        }

        return new ResetResult<TObservation>(stack, result.Info);
    }

    /// <inheritdoc />
    public override StepResult<TObservation> Step(TAction action)
    {
        var result = Inner.Step(action);
        ObservationChecks.EnsureLength(result.Observation, frameSize, Inner);
        stack.AsSpan(frameSize).CopyTo(stack);
        result.Observation.CopyTo(stack.AsSpan((StackSize - 1) * frameSize));
        return new StepResult<TObservation>(stack, result.Reward, result.Terminated, result.Truncated, result.Info);
    }

    private static IArraySpace<TObservation> StackedSpace(IArraySpace<TObservation> frameSpace, SpaceShape shape, int stackSize)
    {
        switch (frameSpace)
        {
            case MultiBinarySpace:
                return (IArraySpace<TObservation>)(object)new MultiBinarySpace(shape);
            case BoxSpace<TObservation> box:
                var low = new TObservation[shape.ElementCount];
                var high = new TObservation[shape.ElementCount];
                var frameSize = box.Low.Length;
                for (var i = 0; i < stackSize; i++)
                {
                    box.Low.CopyTo(low.AsSpan(i * frameSize));
                    box.High.CopyTo(high.AsSpan(i * frameSize));
                }

                return new BoxSpace<TObservation>(low, high, shape);
            default:
                throw new ArgumentException(
                    $"Frame stacking cannot describe the stacked observations of a {frameSpace.GetType().Name}; expected a BoxSpace or MultiBinarySpace.",
                    nameof(frameSpace));
        }
    }
}
