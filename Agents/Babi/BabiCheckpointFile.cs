using System.Text.Json;
using System.Text.Json.Serialization;
using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Agents.Babi;

/// <summary>
/// Reads and writes bAbI checkpoints: a magic string, the <see cref="BabiCheckpointState"/> as JSON, the model's
/// named tensors and the optimiser's moment tensors. Writes go to a temporary file in the same folder, are flushed
/// to disk and renamed over the target, so a crash leaves the previous or the new file, never a torn one.
/// </summary>
public static class BabiCheckpointFile
{
    private const string Magic = "SamRL.Babi.Checkpoint/1";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes a checkpoint atomically.</summary>
    public static void Write(string path, BabiCheckpointState state, IReadOnlyDictionary<string, Tensor> weights, IReadOnlyList<Tensor> optimizerState)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(optimizerState);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(Magic);
                    writer.Write(JsonSerializer.Serialize(state, JsonOptions));
                    writer.Write(weights.Count);
                    foreach (var (name, tensor) in weights)
                    {
                        writer.Write(name);
                        tensor.Save(writer);
                    }

                    writer.Write(optimizerState.Count);
                    foreach (var tensor in optimizerState)
                    {
                        tensor.Save(writer);
                    }
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Reads a checkpoint; the caller owns the returned tensors.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a bAbI checkpoint, or is truncated or damaged; the message names it.</exception>
    public static (BabiCheckpointState State, Dictionary<string, Tensor> Weights, List<Tensor> OptimizerState) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"bAbI checkpoint {path} does not exist.", path);
        }

        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8);
        var weights = new Dictionary<string, Tensor>();
        var optimizerState = new List<Tensor>();
        try
        {
            var magic = reader.ReadString();
            if (magic != Magic)
            {
                throw new InvalidDataException($"{path} is not a SamRL bAbI checkpoint (expected the header '{Magic}').");
            }

            var state = JsonSerializer.Deserialize<BabiCheckpointState>(reader.ReadString(), JsonOptions)
                ?? throw new InvalidDataException($"{path}: the checkpoint state is empty.");
            var weightCount = reader.ReadInt32();
            for (var i = 0; i < weightCount; i++)
            {
                var name = reader.ReadString();
                weights[name] = TensorExtensionMethods.Load(reader, skip: false).DetachFromDisposeScope();
            }

            var optimizerCount = reader.ReadInt32();
            for (var i = 0; i < optimizerCount; i++)
            {
                optimizerState.Add(TensorExtensionMethods.Load(reader, skip: false).DetachFromDisposeScope());
            }

            return (state, weights, optimizerState);
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or JsonException or ArgumentException or NotImplementedException)
        {
            foreach (var tensor in weights.Values.Concat(optimizerState))
            {
                tensor.Dispose();
            }

            throw new InvalidDataException($"{path} is truncated or damaged: {exception.Message}", exception);
        }
    }
}
