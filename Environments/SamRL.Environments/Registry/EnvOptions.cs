using System.Collections.Immutable;
using System.Globalization;

namespace SamRL.Environments.Registry;

/// <summary>
/// Option values for <see cref="EnvRegistry.Make{TObservation, TAction}"/>, kept as text so they can come straight from a
/// command line (<c>frameskip=4</c>) or a config file. Immutable: <see cref="With(string, string)"/> returns a copy.
/// Names are matched ignoring case, with <c>-</c> read as <c>_</c>. Factories receive the resolved options (every
/// documented option present, defaults filled in) and read them with the typed getters.
/// </summary>
public sealed class EnvOptions
{
    private readonly ImmutableDictionary<string, string> values;

    private EnvOptions(ImmutableDictionary<string, string> values, string? environmentId)
    {
        this.values = values;
        EnvironmentId = environmentId;
    }

    /// <summary>No options: every option takes its default.</summary>
    public static EnvOptions Empty { get; } = new(ImmutableDictionary.Create<string, string>(StringComparer.Ordinal), null);

    /// <summary>The environment these options were resolved for (named in error messages); null before resolution.</summary>
    public string? EnvironmentId { get; }

    /// <summary>The option names given, normalised (lower case, <c>_</c> for <c>-</c>).</summary>
    public IEnumerable<string> Names => values.Keys;

    /// <summary>Parses <c>name=value</c> pairs, e.g. the repeated <c>--env-option</c> arguments of the runner.</summary>
    /// <exception cref="ArgumentException">An item has no <c>=</c> or an empty name.</exception>
    public static EnvOptions Parse(IEnumerable<string> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var options = Empty;
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"Expected an environment option as name=value, got '{assignment}'.", nameof(assignments));
            }

            options = options.With(assignment[..equals].Trim(), assignment[(equals + 1)..].Trim());
        }

        return options;
    }

    /// <summary>A copy with <paramref name="name"/> set to <paramref name="value"/>.</summary>
    public EnvOptions With(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        return new EnvOptions(values.SetItem(Normalize(name), value), EnvironmentId);
    }

    /// <summary>A copy with an integer option.</summary>
    public EnvOptions With(string name, long value) => With(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A copy with a real option.</summary>
    public EnvOptions With(string name, double value) => With(name, value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A copy with a boolean option.</summary>
    public EnvOptions With(string name, bool value) => With(name, value ? "true" : "false");

    /// <summary>True when <paramref name="name"/> has a value.</summary>
    public bool Contains(string name) => values.ContainsKey(Normalize(name));

    /// <summary>The text value of <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The option has no value.</exception>
    public string GetString(string name) =>
        values.TryGetValue(Normalize(name), out var value)
            ? value
            : throw new ArgumentException($"No value for option '{name}'{(EnvironmentId is null ? string.Empty : $" of {EnvironmentId}")}.", nameof(name));

    /// <summary>The value of <paramref name="name"/> as an integer.</summary>
    /// <exception cref="ArgumentException">Missing, or not a whole number.</exception>
    public long GetInt64(string name) =>
        TryParse(EnvOptionKind.Integer, GetString(name), out var value) ? (long)value! : throw Invalid(name, "a whole number");

    /// <summary>The value of <paramref name="name"/> as an <see cref="int"/>.</summary>
    /// <exception cref="ArgumentException">Missing, not a whole number, or outside the <see cref="int"/> range.</exception>
    public int GetInt32(string name)
    {
        var value = GetInt64(name);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Invalid(name, $"a whole number between {int.MinValue} and {int.MaxValue}");
    }

    /// <summary>The value of <paramref name="name"/> as a real number.</summary>
    /// <exception cref="ArgumentException">Missing, or not a number.</exception>
    public double GetDouble(string name) =>
        TryParse(EnvOptionKind.Real, GetString(name), out var value) ? (double)value! : throw Invalid(name, "a number");

    /// <summary>The value of <paramref name="name"/> as a boolean.</summary>
    /// <exception cref="ArgumentException">Missing, or not true/false/1/0/yes/no.</exception>
    public bool GetBoolean(string name) =>
        TryParse(EnvOptionKind.Boolean, GetString(name), out var value) ? (bool)value! : throw Invalid(name, "true or false");

    /// <summary>The options as <c>name=value</c> pairs in name order, e.g. for a run's resolved config.</summary>
    public override string ToString() => string.Join(", ", values.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));

    internal static string Normalize(string name) => name.Trim().Replace('-', '_').ToLowerInvariant();

    internal static bool TryParse(EnvOptionKind kind, string text, out object? value)
    {
        var trimmed = text.Trim();
        switch (kind)
        {
            case EnvOptionKind.Integer when long.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer):
                value = integer;
                return true;
            case EnvOptionKind.Real when double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var real):
                value = real;
                return true;
            case EnvOptionKind.Boolean when trimmed.ToLowerInvariant() is "true" or "1" or "yes":
                value = true;
                return true;
            case EnvOptionKind.Boolean when trimmed.ToLowerInvariant() is "false" or "0" or "no":
                value = false;
                return true;
            case EnvOptionKind.Text:
                value = text;
                return true;
            default:
                value = null;
                return false;
        }
    }

    internal static EnvOptions Resolved(string environmentId, ImmutableDictionary<string, string> resolved) => new(resolved, environmentId);

    private ArgumentException Invalid(string name, string expected) =>
        new($"Option '{name}' of {EnvironmentId ?? "the environment"} expects {expected}, got '{GetString(name)}'.", nameof(name));
}
