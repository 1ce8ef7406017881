using System.Text.Json;
using SamRL.Runner.Cli;
using SamRL.Runner.Runs;
using SamRL.Runner.Training;

namespace SamRL.Runner.Supervised;

/// <summary>Reads and writes <see cref="TaskSettings"/> as JSON (camelCase fields; unknown fields are errors).</summary>
public static class TaskSettingsFile
{
    /// <summary>Reads the settings in <paramref name="path"/>; fields it leaves out keep their defaults.</summary>
    /// <exception cref="UserInputException">The file is missing or is not a valid settings file.</exception>
    public static TaskSettings Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserInputException($"config file {path} does not exist.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<TaskSettings>(stream, TrainSettingsFile.JsonOptions)
                ?? throw new UserInputException($"config file {path} holds null; expected a JSON object of task settings.");
        }
        catch (JsonException exception)
        {
            throw new UserInputException($"config file {path} is not a valid task settings file: {exception.Message}");
        }
    }

    /// <summary>Writes <paramref name="settings"/> to <paramref name="path"/> atomically.</summary>
    public static void Save(string path, TaskSettings settings) =>
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(settings, TrainSettingsFile.JsonOptions) + "\n");
}
