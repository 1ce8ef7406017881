using SamRL.Agents.A3C;
using SamRL.Agents.Networks;
using SamRL.Environments.Core;
using static TorchSharp.torch;

namespace SamRL.Agents.Tests;

internal static class TrainingHelpers
{
    /// <summary>A small, fast configuration for <see cref="CueMemoryEnv"/>: dense encoder, LSTM-32, no evaluation unless asked.</summary>
    public static A3CConfig CueConfig(long maxFrames, int workers = 1) => new()
    {
        Encoder = EncoderKind.Dense,
        Core = CoreKind.Lstm,
        LstmSize = 32,
        FrameSkip = 1,
        Workers = workers,
        MaxConcurrentWorkers = workers,
        MaxFrames = maxFrames,
        LearningRate = 1e-3,
        EvaluationIntervalFrames = 1_000_000_000,
        CheckpointInterval = TimeSpan.FromHours(1),
        StatisticsInterval = TimeSpan.FromHours(1),
        Seed = 3,
    };

    /// <summary>Mean greedy reward of <paramref name="model"/> over <paramref name="episodes"/> episodes of <paramref name="environment"/>.</summary>
    public static double GreedyMeanReward(ActorCritic model, IEnv<float, int> environment, int episodes, ulong seed)
    {
        double total = 0;
        using var noGrad = no_grad();
        for (int episode = 0; episode < episodes; episode++)
        {
            using var scope = NewDisposeScope();
            var observation = tensor(environment.Reset(seed + (ulong)episode).Observation.ToArray()).view(1, -1);
            var state = model.InitialState(1);
            while (true)
            {
                var output = model.forward(observation, state);
                int action = (int)output.Logits.argmax(1).item<long>();
                var step = environment.Step(action);
                total += step.Reward;
                if (step.IsDone) break;
                observation = tensor(step.Observation.ToArray()).view(1, -1);
                state = output.State;
            }
        }
        return total / episodes;
    }

    public static string TemporaryRunDirectory()
    {
        string path = Path.Combine(Path.GetTempPath(), "samrl-agents-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
