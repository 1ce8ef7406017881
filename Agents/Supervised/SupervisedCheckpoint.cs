using System.Text.Json;
using System.Text.Json.Serialization;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Agents.Supervised;

/// <summary>
/// Checkpoint files of supervised runs (<see cref="CheckpointFormat{TState}"/>): the <see cref="TrainerState"/>, the
/// model's named tensors, then whether an optimiser state follows and (for full checkpoints) TorchSharp's
/// optimiser state dictionary, written atomically.
/// </summary>
public static class SupervisedCheckpoint
{
    private static readonly CheckpointFormat<TrainerState> Format = new("SamRL.Supervised.Checkpoint/1", "supervised", new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    });

    /// <summary>Writes <paramref name="state"/>, <paramref name="model"/>'s weights and (when given) <paramref name="optimizer"/>'s state.</summary>
    public static void Write(string path, TrainerState state, SequenceModel model, OptimizerHelper? optimizer)
    {
        ArgumentNullException.ThrowIfNull(model);
        Format.Write(path, state, model.state_dict(), writer =>
        {
            writer.Write(optimizer is not null);
            optimizer?.save_state_dict(writer);
        });
    }

    /// <summary>Reads only the state of the checkpoint at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a supervised checkpoint.</exception>
    public static TrainerState ReadState(string path)
    {
        using var reader = Format.Open(path);
        return reader.State;
    }

    /// <summary>
    /// Loads the weights (and, when <paramref name="optimizer"/> is given, the optimiser state) of the checkpoint at
    /// <paramref name="path"/> into <paramref name="model"/>, and returns its state.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a supervised checkpoint, is damaged, or does not fit the model.</exception>
    public static TrainerState Load(string path, SequenceModel model, OptimizerHelper? optimizer)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var reader = Format.Open(path);
        var weights = reader.ReadWeights();
        try
        {
            var (missing, unexpected) = model.load_state_dict(weights, strict: false);
            if (missing.Count > 0 || unexpected.Count > 0)
            {
                throw new InvalidDataException(
                    $"'{path}': the saved weights do not fit the model (missing: {string.Join(", ", missing)}; unexpected: {string.Join(", ", unexpected)})");
            }
        }
        catch (ArgumentException exception)
        {
            throw new InvalidDataException($"'{path}': the saved weights do not fit the model: {exception.Message}", exception);
        }
        finally
        {
            foreach (var tensor in weights.Values) tensor.Dispose();
        }

        bool hasOptimizer = reader.ReadBody(binary => binary.ReadBoolean());
        if (optimizer is not null)
        {
            if (!hasOptimizer) throw new InvalidDataException($"'{path}' holds only a model (a best-model file); resume needs a full checkpoint");
            reader.ReadBody(binary =>
            {
                optimizer.load_state_dict(binary);
                return true;
            });
        }

        return reader.State;
    }
}
