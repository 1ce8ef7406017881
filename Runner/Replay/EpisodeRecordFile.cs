using System.Text.Json;
using SamRL.Agents.A3C;
using SamRL.Environments.Core;
using SamRL.Runner.Cli;
using SamRL.Runner.Training;

namespace SamRL.Runner.Replay;

/// <summary>
/// An evaluation episode written by the trainer (<c>&lt;run&gt;/evaluations/episode-NNNNNN.json</c>) together with
/// the settings of its run (<c>&lt;run&gt;/config.json</c>), which say how to rebuild its environment.
/// </summary>
/// <param name="Path">The episode file.</param>
/// <param name="Record">The episode: environment seed, actions and rewards.</param>
/// <param name="Settings">The settings of the run the episode belongs to.</param>
public sealed record EpisodeRecordFile(string Path, EvaluationEpisodeRecord Record, TrainSettings Settings) : IRecordedEpisode
{
    /// <inheritdoc />
    public string Name => $"episode {Record.Index}";

    /// <inheritdoc />
    public long Steps => Record.Steps;

    /// <inheritdoc />
    public double Reward => Record.Reward;

    /// <inheritdoc />
    public void CheckEnvironment(TrainingEnvironment environment)
    {
        // The JSON summary names no ROM; the re-simulated rewards are its only check.
    }

    /// <inheritdoc />
    public ReplayResult Replay(IEnv<float, int> environment, EpisodeResimulation.FrameHandler onFrame) =>
        EpisodeResimulation.Run(this, environment, onFrame);

    /// <summary>Reads and checks the episode at <paramref name="path"/> and its run's settings.</summary>
    /// <exception cref="UserInputException">The file is missing, corrupt, or not inside a run folder.</exception>
    public static EpisodeRecordFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserInputException($"episode file {path} does not exist.");
        }

        EvaluationEpisodeRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<EvaluationEpisodeRecord>(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw new UserInputException($"episode file {path} is not an evaluation episode: {exception.Message}");
        }

        if (record?.Actions is null || record.Rewards is null)
        {
            throw new UserInputException($"episode file {path} has no Actions or Rewards; expected an evaluation episode written by training.");
        }

        if (record.Actions.Length != record.Rewards.Length || record.Actions.Length != record.Steps)
        {
            throw new UserInputException(
                $"episode file {path} is inconsistent: Steps {record.Steps}, {record.Actions.Length} actions, {record.Rewards.Length} rewards.");
        }

        var runFolder = System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)))!;
        var config = System.IO.Path.Combine(runFolder, "config.json");
        if (!File.Exists(config))
        {
            throw new UserInputException($"episode file {path} is not inside a run folder: {config} does not exist.");
        }

        return new EpisodeRecordFile(path, record, TrainSettingsFile.Load(config));
    }
}
