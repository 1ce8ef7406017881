using System.Text.Json;
using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Agents;

/// <summary>
/// The file format every SamRL checkpoint shares (A3C, supervised, bAbI): a magic string naming the kind and version,
/// the trainer's state as JSON, the model's named tensors, then the optimiser's part, which each kind writes its own
/// way. Writes are atomic: a temporary file in the same folder is flushed to disk (fsync) and renamed over the
/// target, so a crash leaves the previous or the new checkpoint, never a torn one.
/// </summary>
/// <typeparam name="TState">The state written as JSON.</typeparam>
/// <param name="magic">The header, e.g. <c>SamRL.A3C.Checkpoint/1</c>.</param>
/// <param name="kind">The kind named in error messages, e.g. <c>A3C</c>.</param>
/// <param name="jsonOptions">How the state is serialised.</param>
internal sealed class CheckpointFormat<TState>(string magic, string kind, JsonSerializerOptions jsonOptions) where TState : class
{
    /// <summary>Writes a checkpoint atomically; <paramref name="writeOptimizerPart"/> writes what follows the weights.</summary>
    public void Write(string path, TState state, IReadOnlyDictionary<string, Tensor> weights, Action<BinaryWriter> writeOptimizerPart)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(writeOptimizerPart);
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(magic);
                    writer.Write(JsonSerializer.Serialize(state, jsonOptions));
                    writer.Write(weights.Count);
                    foreach (var (name, tensor) in weights)
                    {
                        writer.Write(name);
                        tensor.Save(writer);
                    }

                    writeOptimizerPart(writer);
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

    /// <summary>Writes a checkpoint whose optimiser part is plain tensors (their count, then each tensor).</summary>
    public void Write(string path, TState state, IReadOnlyDictionary<string, Tensor> weights, IReadOnlyList<Tensor> optimizerTensors)
    {
        ArgumentNullException.ThrowIfNull(optimizerTensors);
        Write(path, state, weights, writer =>
        {
            writer.Write(optimizerTensors.Count);
            foreach (var tensor in optimizerTensors) tensor.Save(writer);
        });
    }

    /// <summary>Reads a checkpoint written with plain optimiser tensors; the caller owns the returned tensors.</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="InvalidDataException">The file is not a checkpoint of this kind, or is truncated or damaged; the message names it.</exception>
    public (TState State, Dictionary<string, Tensor> Weights, List<Tensor> OptimizerTensors) Read(string path)
    {
        using var reader = Open(path);
        var weights = reader.ReadWeights();
        try
        {
            return (reader.State, weights, reader.ReadTensors());
        }
        catch
        {
            foreach (var tensor in weights.Values) tensor.Dispose();
            throw;
        }
    }

    /// <summary>Opens the checkpoint at <paramref name="path"/> and reads its header and state.</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="InvalidDataException">The file is not a checkpoint of this kind; the message names it.</exception>
    public Reader Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"checkpoint file '{path}' does not exist", path);
        var reader = new BinaryReader(File.OpenRead(path), System.Text.Encoding.UTF8);
        try
        {
            string header = reader.ReadString();
            if (header != magic) throw new InvalidDataException($"'{path}' is not a SamRL {kind} checkpoint (expected the header '{magic}', found '{header}')");
            var state = JsonSerializer.Deserialize<TState>(reader.ReadString(), jsonOptions)
                ?? throw new InvalidDataException($"'{path}': the checkpoint state is empty");
            return new Reader(path, reader, state);
        }
        catch (Exception exception) when (exception is EndOfStreamException or JsonException or IOException and not FileNotFoundException)
        {
            reader.Dispose();
            throw new InvalidDataException($"'{path}' is not a readable SamRL {kind} checkpoint: {exception.Message}", exception);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>An open checkpoint after its state: read the weights, then the optimiser part.</summary>
    public sealed class Reader(string path, BinaryReader reader, TState state) : IDisposable
    {
        /// <summary>The trainer's state.</summary>
        public TState State { get; } = state;

        /// <summary>The model's named tensors; the caller owns them.</summary>
        public Dictionary<string, Tensor> ReadWeights() => ReadBody(() =>
        {
            var weights = new Dictionary<string, Tensor>();
            try
            {
                int count = reader.ReadInt32();
                for (int i = 0; i < count; i++)
                {
                    string name = reader.ReadString();
                    weights[name] = TensorExtensionMethods.Load(reader, skip: false).DetachFromDisposeScope();
                }

                return weights;
            }
            catch
            {
                foreach (var tensor in weights.Values) tensor.Dispose();
                throw;
            }
        });

        /// <summary>An optimiser part of plain tensors; the caller owns them.</summary>
        public List<Tensor> ReadTensors() => ReadBody(() =>
        {
            var tensors = new List<Tensor>();
            try
            {
                int count = reader.ReadInt32();
                for (int i = 0; i < count; i++) tensors.Add(TensorExtensionMethods.Load(reader, skip: false).DetachFromDisposeScope());
                return tensors;
            }
            catch
            {
                foreach (var tensor in tensors) tensor.Dispose();
                throw;
            }
        });

        /// <summary>Reads an optimiser part written some other way.</summary>
        public T ReadBody<T>(Func<BinaryReader, T> read)
        {
            ArgumentNullException.ThrowIfNull(read);
            return ReadBody(() => read(reader));
        }

        /// <inheritdoc />
        public void Dispose() => reader.Dispose();

        private T ReadBody<T>(Func<T> read)
        {
            try
            {
                return read();
            }
            catch (Exception exception) when (exception is EndOfStreamException or IOException or ArgumentException or NotImplementedException)
            {
                throw new InvalidDataException($"'{path}' is truncated or damaged: {exception.Message}", exception);
            }
        }
    }
}
