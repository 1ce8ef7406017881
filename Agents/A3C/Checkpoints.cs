using SamRL.Agents.Networks;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>Loads the models saved by an A3C run (full checkpoints and best-model files alike).</summary>
public static class Checkpoints
{
    /// <summary>The configuration a checkpoint was trained with.</summary>
    public static A3CConfig ReadConfig(string path)
    {
        var (metadata, weights, optimizerState) = CheckpointFile.Read(path);
        Dispose(weights, optimizerState);
        return metadata.Config;
    }

    /// <summary>
    /// Rebuilds the actor-critic saved in <paramref name="path"/> with its weights. Throws
    /// <see cref="InvalidDataException"/> naming the file when it is not a checkpoint or does not fit its own config.
    /// </summary>
    public static ActorCritic LoadModel(string path)
    {
        var (metadata, weights, optimizerState) = CheckpointFile.Read(path);
        try
        {
            var model = ActorCritic.Create(metadata.Config.NetworkOptions(metadata.ObservationShape, metadata.ActionCount));
            var (missing, unexpected) = model.load_state_dict(weights, strict: false);
            if (missing.Count > 0 || unexpected.Count > 0)
            {
                model.Dispose();
                throw new InvalidDataException($"'{path}': the saved weights do not fit the saved configuration (missing: {string.Join(", ", missing)}; unexpected: {string.Join(", ", unexpected)})");
            }
            return model;
        }
        finally
        {
            Dispose(weights, optimizerState);
        }
    }

    /// <summary>Writes the weights of <paramref name="model"/> as a best-model file (atomically).</summary>
    internal static void WriteBestModel(string path, ActorCritic model, A3CConfig config, long trainingFrames)
    {
        var metadata = new CheckpointMetadata
        {
            Config = config,
            ObservationShape = ShapeOf(model),
            ActionCount = model.ActionCount,
            HasTrainingState = false,
            AgentSteps = trainingFrames / config.FramesPerStep,
        };
        var weights = model.state_dict();
        CheckpointFile.Write(path, metadata, weights, []);
    }

    /// <summary>Writes a full checkpoint (atomically) from a learner snapshot and the evaluator's state.</summary>
    internal static void WriteFull(string path, A3CConfig config, ActorCritic model, LearnerSnapshot snapshot, EvaluationState evaluation, TimeSpan elapsed)
    {
        var metadata = new CheckpointMetadata
        {
            Config = config,
            ObservationShape = ShapeOf(model),
            ActionCount = model.ActionCount,
            HasTrainingState = true,
            AgentSteps = snapshot.Progress.AgentSteps,
            Updates = snapshot.Progress.Updates,
            TrainingEpisodes = snapshot.Progress.TrainingEpisodes,
            ElapsedSeconds = elapsed.TotalSeconds,
            OptimizerSteps = snapshot.OptimizerSteps.ToArray(),
            WorkerRngStates = snapshot.WorkerRngStates.Select(s => new[] { s.Item1, s.Item2, s.Item3, s.Item4 }).ToArray(),
            Evaluation = evaluation,
        };
        CheckpointFile.Write(path, metadata, snapshot.Weights, snapshot.OptimizerState);
    }

    /// <summary>The observation shape of <paramref name="model"/> as the environment reports it.</summary>
    internal static int[] ShapeOf(ActorCritic model) => model.ObservationShape.Select(dimension => checked((int)dimension)).ToArray();

    private static void Dispose(Dictionary<string, Tensor> weights, List<Tensor> optimizerState)
    {
        foreach (var tensor in weights.Values) tensor.Dispose();
        foreach (var tensor in optimizerState) tensor.Dispose();
    }
}
