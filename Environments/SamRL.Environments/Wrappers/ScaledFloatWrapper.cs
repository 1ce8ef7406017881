using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// Turns byte observations into floats multiplied by <see cref="Scale"/> (1/255 by default, baselines'
/// <c>ScaledFloatFrame</c>), keeping the shape: for agents fed RAM or screens without further preprocessing.
/// </summary>
/// <typeparam name="TAction">Action type, passed through.</typeparam>
public sealed class ScaledFloatWrapper<TAction> : IEnv<float, TAction>, IEnvWrapper
{
    private readonly IEnv<byte, TAction> inner;
    private readonly float[] output;
    private readonly float[] table = new float[256];

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The byte-observation environment.</param>
    /// <param name="scale">The factor applied to every byte; positive and finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not positive and finite.</exception>
    public ScaledFloatWrapper(IEnv<byte, TAction> inner, float scale = 1f / 255f)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!float.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be positive and finite.");
        }

        this.inner = inner;
        Scale = scale;
        for (var value = 0; value < table.Length; value++)
        {
            table[value] = value * scale;
        }

        var shape = inner.ObservationSpace.Shape;
        output = new float[shape.ElementCount];
        ObservationSpace = inner.ObservationSpace is BoxSpace<byte> box
            ? new BoxSpace<float>(ScaledBounds(box.Low), ScaledBounds(box.High), shape)
            : new BoxSpace<float>(0f, 255f * scale, shape);
    }

    /// <summary>The factor applied to every byte.</summary>
    public float Scale { get; }

    /// <inheritdoc />
    public IArraySpace<float> ObservationSpace { get; }

    /// <inheritdoc />
    public ISpace<TAction> ActionSpace => inner.ActionSpace;

    /// <inheritdoc />
    public object InnerEnvironment => inner;

    /// <inheritdoc />
    public ResetResult<float> Reset(ulong? seed = null)
    {
        var result = inner.Reset(seed);
        return new ResetResult<float>(Convert(result.Observation), result.Info);
    }

    /// <inheritdoc />
    public StepResult<float> Step(TAction action)
    {
        var result = inner.Step(action);
        return new StepResult<float>(Convert(result.Observation), result.Reward, result.Terminated, result.Truncated, result.Info);
    }

    /// <summary>Disposes the inner environment.</summary>
    public void Dispose() => inner.Dispose();

    /// <summary>The wrapper stack, e.g. <c>ScaledFloat(Pong-v5)</c>.</summary>
    public override string ToString() => $"ScaledFloat({inner})";

    private float[] ScaledBounds(ReadOnlySpan<byte> bounds)
    {
        var scaled = new float[bounds.Length];
        for (var i = 0; i < bounds.Length; i++)
        {
            scaled[i] = table[bounds[i]];
        }

        return scaled;
    }

    private ReadOnlySpan<float> Convert(ReadOnlySpan<byte> observation)
    {
        ObservationChecks.EnsureLength(observation, output.Length, inner);
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = table[observation[i]];
        }

        return output;
    }
}
