using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// Base of the wrappers that keep the observation and action types: every member forwards to
/// <see cref="Inner"/> until overridden, and disposing the wrapper disposes the inner environment.
/// </summary>
/// <typeparam name="TObservation">Observation element type.</typeparam>
/// <typeparam name="TAction">Action type.</typeparam>
public abstract class EnvWrapper<TObservation, TAction> : IEnv<TObservation, TAction>, IEnvWrapper
    where TObservation : unmanaged
{
    /// <summary>Wraps <paramref name="inner"/>.</summary>
    protected EnvWrapper(IEnv<TObservation, TAction> inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Inner = inner;
    }

    /// <summary>The wrapped environment.</summary>
    protected IEnv<TObservation, TAction> Inner { get; }

    /// <inheritdoc />
    public object InnerEnvironment => Inner;

    /// <inheritdoc />
    public virtual IArraySpace<TObservation> ObservationSpace => Inner.ObservationSpace;

    /// <inheritdoc />
    public virtual ISpace<TAction> ActionSpace => Inner.ActionSpace;

    /// <inheritdoc />
    public virtual ResetResult<TObservation> Reset(ulong? seed = null) => Inner.Reset(seed);

    /// <inheritdoc />
    public virtual StepResult<TObservation> Step(TAction action) => Inner.Step(action);

    /// <summary>Disposes the inner environment.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The wrapper stack, outermost first, e.g. <c>TimeLimit(NoopReset(Pong-v5))</c>; used in error messages.</summary>
    public override string ToString() => $"{WrapperName}({Inner})";

    /// <summary>The name shown by <see cref="ToString"/>: the class name without <c>Wrapper</c> and generic arity.</summary>
    protected virtual string WrapperName
    {
        get
        {
            var name = GetType().Name;
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            name = tick >= 0 ? name[..tick] : name;
            return name.EndsWith("Wrapper", StringComparison.Ordinal) ? name[..^"Wrapper".Length] : name;
        }
    }

    /// <summary>Releases the inner environment when <paramref name="disposing"/>.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Inner.Dispose();
        }
    }
}
