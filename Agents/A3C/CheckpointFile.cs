using System.Text.Json;
using System.Text.Json.Serialization;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>
/// A3C checkpoint files (<see cref="CheckpointFormat{TState}"/>): the <see cref="CheckpointMetadata"/>, the model's
/// named tensors, then (for full checkpoints) the optimiser's tensors, written atomically.
/// </summary>
internal static class CheckpointFile
{
    private static readonly CheckpointFormat<CheckpointMetadata> Format = new("SamRL.A3C.Checkpoint/1", "A3C", new JsonSerializerOptions
    {
        WriteIndented = false,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    });

    public static void Write(string path, CheckpointMetadata metadata, IReadOnlyDictionary<string, Tensor> weights, IReadOnlyList<Tensor> optimizerState) =>
        Format.Write(path, metadata, weights, optimizerState);

    /// <summary>Reads a checkpoint; the caller owns the returned tensors. Throws <see cref="InvalidDataException"/> naming the file when it is not a checkpoint.</summary>
    public static (CheckpointMetadata Metadata, Dictionary<string, Tensor> Weights, List<Tensor> OptimizerState) Read(string path) =>
        Format.Read(path);
}
