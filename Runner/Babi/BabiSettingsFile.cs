using System.Text.Json;
using SamRL.Runner.Cli;
using SamRL.Runner.Runs;
using SamRL.Runner.Training;

namespace SamRL.Runner.Babi;

/// <summary>Reads and writes <see cref="BabiSettings"/> as JSON with the Runner's config-file conventions.</summary>
public static class BabiSettingsFile
{
    /// <summary>Reads the settings in <paramref name="path"/>; fields it leaves out keep their defaults.</summary>
    /// <exception cref="UserInputException">The file is missing or is not a valid bAbI settings file.</exception>
    public static BabiSettings Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserInputException($"config file {path} does not exist.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<BabiSettings>(stream, TrainSettingsFile.JsonOptions)
                ?? throw new UserInputException($"config file {path} holds null; expected a JSON object of bAbI settings.");
        }
        catch (JsonException exception)
        {
            throw new UserInputException($"config file {path} is not a valid bAbI settings file: {exception.Message}");
        }
    }

    /// <summary>Writes <paramref name="settings"/> to <paramref name="path"/> atomically.</summary>
    public static void Save(string path, BabiSettings settings) =>
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(settings, TrainSettingsFile.JsonOptions) + "\n");
}
