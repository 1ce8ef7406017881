using SamRL.Environments.Core;

namespace SamRL.Environments.Registry;

/// <summary>
/// Environments by id, as Gymnasium's <c>gym.make</c>. Assemblies add their environments to
/// <see cref="Default"/> (SamRL.Atari the Atari ids such as <c>Pong-v5</c> and <c>PongNoFrameskip-v4</c>, the tasks
/// the <c>SamRL/*</c> ids); <see cref="Make{TObservation, TAction}"/> builds one from its id and options. Thread-safe.
/// </summary>
public sealed class EnvRegistry
{
    private readonly Dictionary<string, EnvSpec> specs = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>The process-wide registry the runner uses.</summary>
    public static EnvRegistry Default { get; } = new();

    /// <summary>Every registered environment, ordered by id.</summary>
    public IReadOnlyList<EnvSpec> Specs
    {
        get
        {
            lock (gate)
            {
                return specs.Values.OrderBy(spec => spec.Id, StringComparer.Ordinal).ToArray();
            }
        }
    }

    /// <summary>Adds <paramref name="spec"/>.</summary>
    /// <exception cref="InvalidOperationException">An environment with the same id is already registered.</exception>
    public void Register(EnvSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        lock (gate)
        {
            if (!specs.TryAdd(spec.Id, spec))
            {
                throw new InvalidOperationException($"An environment with id '{spec.Id}' is already registered.");
            }
        }
    }

    /// <summary>True when <paramref name="id"/> is registered (exact, case-sensitive match).</summary>
    public bool Contains(string id)
    {
        lock (gate)
        {
            return specs.ContainsKey(id);
        }
    }

    /// <summary>The spec registered as <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">No environment has that id; the message lists close matches.</exception>
    public EnvSpec Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (gate)
        {
            if (specs.TryGetValue(id, out var spec))
            {
                return spec;
            }

            throw new ArgumentException(UnknownId(id), nameof(id));
        }
    }

    /// <summary>Builds the environment registered as <paramref name="id"/>, with <paramref name="options"/> over its defaults.</summary>
    /// <exception cref="ArgumentException">Unknown id (with close matches), unknown option or bad option value, or the environment's types are not <typeparamref name="TObservation"/>/<typeparamref name="TAction"/>.</exception>
    public IEnv<TObservation, TAction> Make<TObservation, TAction>(string id, EnvOptions? options = null)
        where TObservation : unmanaged
    {
        var spec = Find(id);
        if (spec.ObservationType != typeof(TObservation) || spec.ActionType != typeof(TAction))
        {
            throw new ArgumentException(
                $"{id} is an IEnv<{spec.ObservationType.Name}, {spec.ActionType.Name}>, not an IEnv<{typeof(TObservation).Name}, {typeof(TAction).Name}>.",
                nameof(id));
        }

        return (IEnv<TObservation, TAction>)spec.Build(spec.Resolve(options));
    }

    private string UnknownId(string id)
    {
        if (specs.Count == 0)
        {
            return $"Unknown environment id '{id}': no environments are registered (SamRL.Atari and the tasks register theirs at start-up).";
        }

        var close = ClosestNames.Find(id, specs.Keys);
        var suggestion = close.Count > 0 ? $" Did you mean: {string.Join(", ", close)}?" : string.Empty;
        return $"Unknown environment id '{id}'.{suggestion} {specs.Count} environments are registered.";
    }
}
