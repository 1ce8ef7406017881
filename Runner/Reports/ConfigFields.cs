using System.Text.Json;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Reports;

/// <summary>
/// Reads the fields of one experiment JSON file and turns every problem into a <see cref="UserInputException"/>
/// that names the file, the field and what was expected, so a broken config is fixed without guessing.
/// </summary>
internal sealed class ConfigFields(string file, JsonElement root, string prefix = "")
{
    /// <summary>The file being read, as given.</summary>
    public string File { get; } = file;

    /// <summary>Parses <paramref name="path"/> as one JSON object.</summary>
    public static ConfigFields Load(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(System.IO.File.ReadAllText(path), new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
        }
        catch (JsonException exception)
        {
            throw new UserInputException($"{path}: not valid JSON: {exception.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UserInputException($"{path}: expected a JSON object at the top level.");
            }

            return new ConfigFields(path, document.RootElement.Clone());
        }
    }

    /// <summary>Refuses fields other than <paramref name="known"/>: a misspelt field must not be silently ignored.</summary>
    public void AllowOnly(params string[] known)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Bad(property.Name, $"is not a known field; expected one of {string.Join(", ", known)}");
            }
        }
    }

    /// <summary>A required non-empty string.</summary>
    public string String(string name)
    {
        var value = Required(name);
        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw Bad(name, "must be a non-empty string");
    }

    /// <summary>An optional string: null when absent or null.</summary>
    public string? OptionalString(string name) => Optional(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        _ => throw Bad(name, "must be a string or null"),
    };

    /// <summary>An optional number: null when absent or null.</summary>
    public double? OptionalNumber(string name) => Optional(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when double.IsFinite(value.GetDouble()) => value.GetDouble(),
        _ => throw Bad(name, "must be a number or null"),
    };

    /// <summary>A required non-empty array of non-empty strings.</summary>
    public IReadOnlyList<string> Strings(string name)
    {
        var value = Required(name);
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw Bad(name, "must be a non-empty array of strings");
        }

        return value.EnumerateArray().Select((item, index) =>
            item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString())
                ? item.GetString()!
                : throw Bad($"{name}[{index}]", "must be a non-empty string")).ToArray();
    }

    /// <summary>A required non-empty array of positive integers without repeats.</summary>
    public IReadOnlyList<ulong> PositiveIntegers(string name)
    {
        var value = Required(name);
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw Bad(name, "must be a non-empty array of positive integers");
        }

        var numbers = value.EnumerateArray().Select((item, index) =>
            item.ValueKind == JsonValueKind.Number && item.TryGetUInt64(out var number) && number > 0
                ? number
                : throw Bad($"{name}[{index}]", "must be a positive integer")).ToArray();
        return numbers.Distinct().Count() == numbers.Length ? numbers : throw Bad(name, "must not repeat a value");
    }

    /// <summary>A required object, read with the same file context.</summary>
    public ConfigFields Object(string name)
    {
        var value = Required(name);
        return value.ValueKind == JsonValueKind.Object
            ? new ConfigFields(File, value, $"{name}.")
            : throw Bad(name, "must be a JSON object");
    }

    /// <summary>An optional array of objects (empty when absent), each read with the same file context.</summary>
    public IReadOnlyList<ConfigFields> Objects(string name)
    {
        var value = Optional(name);
        if (value is null)
        {
            return [];
        }

        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            throw Bad(name, "must be an array of objects");
        }

        return value.Value.EnumerateArray().Select((item, index) => item.ValueKind == JsonValueKind.Object
            ? new ConfigFields(File, item, $"{name}[{index}].")
            : throw Bad($"{name}[{index}]", "must be a JSON object")).ToArray();
    }

    /// <summary>An exception naming the file and <paramref name="name"/> (a field of this object) with <paramref name="problem"/>.</summary>
    public UserInputException Bad(string name, string problem) =>
        new($"{File}: field \"{prefix}{name}\" {problem}.");

    private JsonElement Required(string name) =>
        Optional(name) ?? throw Bad(name, "is missing");

    private JsonElement? Optional(string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}
