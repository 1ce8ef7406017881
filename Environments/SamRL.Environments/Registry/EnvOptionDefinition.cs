namespace SamRL.Environments.Registry;

/// <summary>One documented option of a registered environment.</summary>
/// <param name="Name">The option name, e.g. <c>frameskip</c> (matched ignoring case, with <c>-</c> read as <c>_</c>).</param>
/// <param name="Kind">The value type.</param>
/// <param name="DefaultValue">The value used when the caller gives none, in the text form <see cref="EnvOptions"/> parses.</param>
/// <param name="Description">What the option does, for listings and error messages.</param>
public sealed record EnvOptionDefinition(string Name, EnvOptionKind Kind, string DefaultValue, string Description)
{
    /// <summary>An integer option.</summary>
    public static EnvOptionDefinition Integer(string name, long defaultValue, string description) =>
        new(name, EnvOptionKind.Integer, defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture), description);

    /// <summary>A real-valued option.</summary>
    public static EnvOptionDefinition Real(string name, double defaultValue, string description) =>
        new(name, EnvOptionKind.Real, defaultValue.ToString("R", System.Globalization.CultureInfo.InvariantCulture), description);

    /// <summary>A boolean option.</summary>
    public static EnvOptionDefinition Boolean(string name, bool defaultValue, string description) =>
        new(name, EnvOptionKind.Boolean, defaultValue ? "true" : "false", description);

    /// <summary>A text option.</summary>
    public static EnvOptionDefinition Text(string name, string defaultValue, string description) =>
        new(name, EnvOptionKind.Text, defaultValue, description);

    /// <summary>One line for listings, e.g. <c>frameskip (integer, default 4): ...</c>.</summary>
    public override string ToString() => $"{Name} ({Kind.ToString().ToLowerInvariant()}, default {DefaultValue}): {Description}";
}
