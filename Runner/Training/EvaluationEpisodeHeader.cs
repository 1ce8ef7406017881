using SamRL.Environments.Core;
using SamRL.Environments.Episodes;
using SamRL.Runner.Cli;

namespace SamRL.Runner.Training;

/// <summary>
/// The episode-file header of a run's evaluation episodes (<c>evaluations/episode-NNNNNN.episode</c>): the environment
/// id, frame skip, sticky-action probability and ROM MD5, plus the run's whole settings as JSON, so that an episode file
/// alone is enough to rebuild its environment and replay it. The evaluator adds each episode's seeds and ids.
/// </summary>
public static class EvaluationEpisodeHeader
{
    /// <summary>The <see cref="EpisodeHeader.Settings"/> key that holds the run's <see cref="TrainSettings"/> as JSON.</summary>
    public const string SettingsKey = "samrl.train-settings";

    /// <summary>The header for the runs of <paramref name="settings"/> on <paramref name="environment"/>.</summary>
    public static EpisodeHeader For(TrainSettings settings, TrainingEnvironment environment) => new()
    {
        HasStateChecksums = CanChecksum(environment),
        EnvironmentId = settings.Game!,
        FrameSkip = environment.IsAtari ? settings.FrameSkip : 0,
        StickyActionProbability = environment.IsAtari ? settings.StickyActionProbability : 0,
        RomMd5 = environment.RomMd5,
        // The runs folder says nothing about the episode, and leaving it out keeps the text within the format's 1 KB per
        // setting for any reasonable ROM path.
        Settings = new Dictionary<string, string> { [SettingsKey] = TrainSettingsFile.ToCompactJson(settings with { RunsDirectory = new TrainSettings().RunsDirectory }) },
    };

    private static bool CanChecksum(TrainingEnvironment environment)
    {
        using var probe = environment.Factory(0);
        return EnvChain.Find<IStateChecksum>(probe) is not null;
    }

    /// <summary>The run settings recorded in <paramref name="header"/> of the episode file <paramref name="path"/>.</summary>
    /// <exception cref="UserInputException">The header has no run settings (the file was not written by training) or they do not parse.</exception>
    public static TrainSettings SettingsOf(EpisodeHeader header, string path) =>
        header.Settings.TryGetValue(SettingsKey, out var json)
            ? TrainSettingsFile.Parse(json, $"episode file {path}: setting {SettingsKey}")
            : throw new UserInputException($"episode file {path} has no setting {SettingsKey}; expected an evaluation episode written by training.");
}
