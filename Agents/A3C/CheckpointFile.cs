using System.Text.Json;
using System.Text.Json.Serialization;
using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>
/// Reads and writes checkpoint files: a magic string, the <see cref="CheckpointMetadata"/> as JSON, the model's
/// named tensors, then (for full checkpoints) the optimiser's tensors. Writes are atomic: the file is written
/// under a temporary name in the same folder, flushed to disk (fsync), then renamed over the old one, so a crash
/// leaves either the previous or the new checkpoint, never a torn one.
/// </summary>
internal static class CheckpointFile
{
    private const string Magic = "SamRL.A3C.Checkpoint/1";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = false,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Write(string path, CheckpointMetadata metadata, IReadOnlyDictionary<string, Tensor> weights, IReadOnlyList<Tensor> optimizerState)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(Magic);
                    writer.Write(JsonSerializer.Serialize(metadata, JsonOptions));
                    writer.Write(weights.Count);
                    foreach (var (name, tensor) in weights)
                    {
                        writer.Write(name);
                        tensor.Save(writer);
                    }
                    writer.Write(optimizerState.Count);
                    foreach (var tensor in optimizerState) tensor.Save(writer);
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

    /// <summary>Reads a checkpoint; the caller owns the returned tensors. Throws <see cref="InvalidDataException"/> naming the file when it is not a checkpoint.</summary>
    public static (CheckpointMetadata Metadata, Dictionary<string, Tensor> Weights, List<Tensor> OptimizerState) Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"checkpoint file '{path}' does not exist", path);
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8);
        CheckpointMetadata metadata;
        try
        {
            string magic = reader.ReadString();
            if (magic != Magic) throw new InvalidDataException($"'{path}' is not a SamRL A3C checkpoint (expected the header '{Magic}', found '{magic}')");
            metadata = JsonSerializer.Deserialize<CheckpointMetadata>(reader.ReadString(), JsonOptions)
                ?? throw new InvalidDataException($"'{path}': the checkpoint metadata is empty");
        }
        catch (Exception exception) when (exception is EndOfStreamException or JsonException or IOException and not FileNotFoundException)
        {
            throw new InvalidDataException($"'{path}' is not a readable SamRL A3C checkpoint: {exception.Message}", exception);
        }

        var weights = new Dictionary<string, Tensor>();
        var optimizerState = new List<Tensor>();
        try
        {
            int weightCount = reader.ReadInt32();
            for (int i = 0; i < weightCount; i++)
            {
                string name = reader.ReadString();
                weights[name] = TensorExtensionMethods.Load(reader, skip: false).DetachFromDisposeScope();
            }
            int optimizerCount = reader.ReadInt32();
            for (int i = 0; i < optimizerCount; i++) optimizerState.Add(TensorExtensionMethods.Load(reader, skip: false).DetachFromDisposeScope());
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or ArgumentException or NotImplementedException)
        {
            foreach (var tensor in weights.Values) tensor.Dispose();
            foreach (var tensor in optimizerState) tensor.Dispose();
            throw new InvalidDataException($"'{path}' is truncated or damaged: {exception.Message}", exception);
        }
        return (metadata, weights, optimizerState);
    }
}
