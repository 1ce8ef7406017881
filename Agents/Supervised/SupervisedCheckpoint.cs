using System.Text.Json;
using System.Text.Json.Serialization;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Agents.Supervised;

/// <summary>
/// Checkpoint files of supervised runs: a magic string, the <see cref="TrainerState"/> as JSON, the model's named
/// tensors, then (for full checkpoints) the optimiser's state. Written atomically: a temporary file in the same
/// folder is flushed to disk and renamed over the old one, so a crash leaves the old or the new file, never a torn one.
/// </summary>
public static class SupervisedCheckpoint
{
    private const string Magic = "SamRL.Supervised.Checkpoint/1";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Writes <paramref name="state"/>, <paramref name="model"/>'s weights and (when given) <paramref name="optimizer"/>'s state.</summary>
    public static void Write(string path, TrainerState state, SequenceModel model, OptimizerHelper? optimizer)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(model);
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(Magic);
                    writer.Write(JsonSerializer.Serialize(state, JsonOptions));
                    var weights = model.state_dict();
                    writer.Write(weights.Count);
                    foreach (var (name, tensor) in weights)
                    {
                        writer.Write(name);
                        tensor.Save(writer);
                    }

                    writer.Write(optimizer is not null);
                    if (optimizer is not null)
                    {
                        optimizer.save_state_dict(writer);
                    }
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Reads only the state of the checkpoint at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a supervised checkpoint.</exception>
    public static TrainerState ReadState(string path)
    {
        using var reader = Open(path);
        return ReadState(reader, path);
    }

    /// <summary>
    /// Loads the weights (and, when <paramref name="optimizer"/> is given, the optimiser state) of the checkpoint at
    /// <paramref name="path"/> into <paramref name="model"/>, and returns its state.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a supervised checkpoint, is damaged, or does not fit the model.</exception>
    public static TrainerState Load(string path, SequenceModel model, OptimizerHelper? optimizer)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var reader = Open(path);
        var state = ReadState(reader, path);
        var weights = new Dictionary<string, Tensor>();
        try
        {
            int count = reader.ReadInt32();
            for (int i = 0; i < count; i++)
            {
                string name = reader.ReadString();
                weights[name] = TensorExtensionMethods.Load(reader, skip: false).DetachFromDisposeScope();
            }

            var (missing, unexpected) = model.load_state_dict(weights, strict: false);
            if (missing.Count > 0 || unexpected.Count > 0)
            {
                throw new InvalidDataException(
                    $"'{path}': the saved weights do not fit the model (missing: {string.Join(", ", missing)}; unexpected: {string.Join(", ", unexpected)})");
            }

            bool hasOptimizer = reader.ReadBoolean();
            if (optimizer is not null)
            {
                if (!hasOptimizer) throw new InvalidDataException($"'{path}' holds only a model (a best-model file); resume needs a full checkpoint");
                optimizer.load_state_dict(reader);
            }
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or ArgumentException or NotImplementedException)
        {
            throw new InvalidDataException($"'{path}' is truncated or damaged: {exception.Message}", exception);
        }
        finally
        {
            foreach (var tensor in weights.Values) tensor.Dispose();
        }

        return state;
    }

    private static BinaryReader Open(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"checkpoint file '{path}' does not exist", path);
        return new BinaryReader(File.OpenRead(path), System.Text.Encoding.UTF8);
    }

    private static TrainerState ReadState(BinaryReader reader, string path)
    {
        try
        {
            string magic = reader.ReadString();
            if (magic != Magic) throw new InvalidDataException($"'{path}' is not a SamRL supervised checkpoint (expected the header '{Magic}', found '{magic}')");
            return JsonSerializer.Deserialize<TrainerState>(reader.ReadString(), JsonOptions)
                ?? throw new InvalidDataException($"'{path}': the checkpoint state is empty");
        }
        catch (Exception exception) when (exception is EndOfStreamException or JsonException or IOException and not FileNotFoundException)
        {
            throw new InvalidDataException($"'{path}' is not a readable SamRL supervised checkpoint: {exception.Message}", exception);
        }
    }
}
