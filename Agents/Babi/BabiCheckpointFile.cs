using System.Text.Json;
using System.Text.Json.Serialization;
using static TorchSharp.torch;

namespace SamRL.Agents.Babi;

/// <summary>
/// bAbI checkpoint files (<see cref="CheckpointFormat{TState}"/>): the <see cref="BabiCheckpointState"/>, the model's
/// named tensors and the optimiser's moment tensors, written atomically.
/// </summary>
public static class BabiCheckpointFile
{
    private static readonly CheckpointFormat<BabiCheckpointState> Format = new("SamRL.Babi.Checkpoint/1", "bAbI", new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    });

    /// <summary>Writes a checkpoint atomically.</summary>
    public static void Write(string path, BabiCheckpointState state, IReadOnlyDictionary<string, Tensor> weights, IReadOnlyList<Tensor> optimizerState) =>
        Format.Write(path, state, weights, optimizerState);

    /// <summary>Reads a checkpoint; the caller owns the returned tensors.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a bAbI checkpoint, or is truncated or damaged; the message names it.</exception>
    public static (BabiCheckpointState State, Dictionary<string, Tensor> Weights, List<Tensor> OptimizerState) Read(string path) =>
        Format.Read(path);
}
