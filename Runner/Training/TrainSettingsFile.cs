using System.Text.Json;
using System.Text.Json.Serialization;
using SamRL.Runner.Cli;
using SamRL.Runner.Runs;

namespace SamRL.Runner.Training;

/// <summary>Reads and writes <see cref="TrainSettings"/> as JSON (camelCase fields; unknown fields are errors).</summary>
public static class TrainSettingsFile
{
    /// <summary>The serializer options of config files.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
    };

    private static JsonSerializerOptions CompactJsonOptions { get; } = new(JsonOptions) { WriteIndented = false };

    /// <summary>Reads the settings in <paramref name="path"/>; fields it leaves out keep their defaults.</summary>
    /// <exception cref="UserInputException">The file is missing or is not a valid settings file.</exception>
    public static TrainSettings Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserInputException($"config file {path} does not exist.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<TrainSettings>(stream, JsonOptions)
                ?? throw new UserInputException($"config file {path} holds null; expected a JSON object of training settings.");
        }
        catch (JsonException exception)
        {
            throw new UserInputException($"config file {path} is not a valid settings file: {exception.Message}");
        }
    }

    /// <summary>Reads settings from the JSON text <paramref name="json"/>, naming <paramref name="source"/> in errors.</summary>
    /// <exception cref="UserInputException">The text is not a valid settings object.</exception>
    public static TrainSettings Parse(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<TrainSettings>(json, JsonOptions)
                ?? throw new UserInputException($"{source} holds null; expected a JSON object of training settings.");
        }
        catch (JsonException exception)
        {
            throw new UserInputException($"{source} is not a valid settings object: {exception.Message}");
        }
    }

    /// <summary>The settings as one line of JSON (the fields of a config file, not indented).</summary>
    public static string ToCompactJson(TrainSettings settings) => JsonSerializer.Serialize(settings, CompactJsonOptions);

    /// <summary>Writes <paramref name="settings"/> to <paramref name="path"/> atomically.</summary>
    public static void Save(string path, TrainSettings settings) =>
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(settings, JsonOptions) + "\n");
}
