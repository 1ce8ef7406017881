using SamRL.Agents.A3C;
using SamRL.Agents.Networks;

namespace SamRL.Runner.Training;

/// <summary>How the command line's settings become the trainer's <see cref="A3CConfig"/> (other fields keep the paper's defaults).</summary>
public static class A3CSettingsMapping
{
    /// <summary>The trainer configuration for <paramref name="settings"/> on <paramref name="environment"/>.</summary>
    public static A3CConfig ToConfig(TrainSettings settings, TrainingEnvironment environment) => new()
    {
        Core = settings.Core == "lstm" ? CoreKind.Lstm : CoreKind.LstmStm,
        Encoder = environment.Encoder,
        LstmSize = settings.LstmSize,
        LearningRate = settings.LearningRate,
        // Frame skip is an Atari setting; a task environment's step is one step.
        FrameSkip = environment.IsAtari ? settings.FrameSkip : 0,
        StickyActionProbability = settings.StickyActionProbability,
        Workers = settings.Workers,
        Seed = settings.Seed,
        MaxFrames = settings.MaxFrames,
        MaxMinutes = settings.MaxMinutes,
        EvaluationIntervalFrames = settings.EvaluateEveryFrames,
        CheckpointInterval = TimeSpan.FromMinutes(settings.CheckpointMinutes),
    };
}
