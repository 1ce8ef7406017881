using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using SamRL.Environments.Core;

namespace SamRL.Environments.Registry;

/// <summary>
/// A registered environment: its id (Gymnasium form <c>[Namespace/]Name-vN</c>), what it is, its documented
/// options with defaults, and the factory that builds it from resolved options.
/// </summary>
public sealed partial class EnvSpec
{
    private readonly Func<EnvOptions, object> factory;

    private EnvSpec(string id, string description, Type observationType, Type actionType, IReadOnlyList<EnvOptionDefinition> options, Func<EnvOptions, object> factory)
    {
        (Id, Description, ObservationType, ActionType, Options, this.factory) = (id, description, observationType, actionType, options, factory);
    }

    /// <summary>The id, e.g. <c>PongNoFrameskip-v4</c> or <c>SamRL/Copy-v0</c>.</summary>
    public string Id { get; }

    /// <summary>One sentence saying what the environment is.</summary>
    public string Description { get; }

    /// <summary>The observation element type (<c>TObservation</c> of the environment).</summary>
    public Type ObservationType { get; }

    /// <summary>The action type (<c>TAction</c> of the environment).</summary>
    public Type ActionType { get; }

    /// <summary>The documented options, with defaults.</summary>
    public IReadOnlyList<EnvOptionDefinition> Options { get; }

    /// <summary>Describes an environment that <paramref name="factory"/> builds from resolved options.</summary>
    /// <exception cref="ArgumentException">The id is not of the form <c>[Namespace/]Name-vN</c>, an option name repeats, or a default does not parse as its kind.</exception>
    public static EnvSpec Create<TObservation, TAction>(
        string id, string description, IEnumerable<EnvOptionDefinition> options, Func<EnvOptions, IEnv<TObservation, TAction>> factory)
        where TObservation : unmanaged
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(factory);
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"Environment id '{id}' is not of the form [Namespace/]Name-vN (e.g. Pong-v5, SamRL/Copy-v0).", nameof(id));
        }

        var definitions = options.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (!seen.Add(EnvOptions.Normalize(definition.Name)))
            {
                throw new ArgumentException($"{id}: option '{definition.Name}' is defined twice.", nameof(options));
            }

            if (!EnvOptions.TryParse(definition.Kind, definition.DefaultValue, out _))
            {
                throw new ArgumentException($"{id}: the default '{definition.DefaultValue}' of option '{definition.Name}' is not a valid {definition.Kind}.", nameof(options));
            }
        }

        return new EnvSpec(id, description, typeof(TObservation), typeof(TAction), definitions, resolved => factory(resolved));
    }

    /// <summary>
    /// Checks <paramref name="given"/> against the documented options and fills in the defaults.
    /// </summary>
    /// <exception cref="ArgumentException">An option is unknown (the message lists the known ones) or its value does not parse as its kind.</exception>
    public EnvOptions Resolve(EnvOptions? given)
    {
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var definition in Options)
        {
            values[EnvOptions.Normalize(definition.Name)] = definition.DefaultValue;
        }

        foreach (var name in (given ?? EnvOptions.Empty).Names)
        {
            var definition = Options.FirstOrDefault(option => EnvOptions.Normalize(option.Name) == name)
                ?? throw new ArgumentException(UnknownOption(name), nameof(given));
            var value = given!.GetString(name);
            if (!EnvOptions.TryParse(definition.Kind, value, out _))
            {
                throw new ArgumentException(
                    $"Option '{definition.Name}' of {Id} expects {definition.Kind.ToString().ToLowerInvariant()}, got '{value}'. {definition}",
                    nameof(given));
            }

            values[name] = value;
        }

        return EnvOptions.Resolved(Id, values.ToImmutable());
    }

    /// <summary>A multi-line description: id, types, description and every option with its default.</summary>
    public string Describe()
    {
        var text = new StringBuilder($"{Id}  (observations: {ObservationType.Name}, actions: {ActionType.Name})\n  {Description}\n");
        foreach (var option in Options)
        {
            text.Append("  ").Append(option).Append('\n');
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Id;

    internal object Build(EnvOptions resolved) => factory(resolved);

    [GeneratedRegex(@"^(?:[A-Za-z0-9_.:-]+/)?[A-Za-z0-9_.:-]+-v\d+$")]
    private static partial Regex IdPattern();

    private string UnknownOption(string name)
    {
        var known = Options.Count == 0 ? "it takes no options" : "its options are " + string.Join(", ", Options.Select(option => option.Name));
        var close = ClosestNames.Find(name, Options.Select(option => EnvOptions.Normalize(option.Name)));
        var suggestion = close.Count > 0 ? $" Did you mean {string.Join(" or ", close.Select(n => $"'{n}'"))}?" : string.Empty;
        return $"{Id} has no option '{name}';{suggestion} {char.ToUpperInvariant(known[0])}{known[1..]}.";
    }
}
