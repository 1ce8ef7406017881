using SamRL.Environments.Core;
using SamRL.Runner.Training;

namespace SamRL.Runner.Replay;

/// <summary>
/// An evaluation episode as training wrote it, in either of its two files: the episode file
/// (<c>episode-NNNNNN.episode</c>: header, steps and state checksums; see SamRL.Environments' Episodes) or the JSON
/// summary (<c>episode-NNNNNN.json</c>: seed, actions, rewards, with the run's <c>config.json</c> beside it).
/// </summary>
public interface IRecordedEpisode
{
    /// <summary>The settings of the run that played the episode, which say how to rebuild its environment.</summary>
    TrainSettings Settings { get; }

    /// <summary>A short name for messages, e.g. <c>episode 12</c>.</summary>
    string Name { get; }

    /// <summary>Recorded steps.</summary>
    long Steps { get; }

    /// <summary>The recorded total reward.</summary>
    double Reward { get; }

    /// <summary>Checks that <paramref name="environment"/> is the one the episode was played on, as far as the file says.</summary>
    /// <exception cref="SamRL.Runner.Cli.UserInputException">It is not (e.g. another ROM).</exception>
    void CheckEnvironment(TrainingEnvironment environment);

    /// <summary>Re-simulates the episode on <paramref name="environment"/>, handing every observation (the reset one first) to <paramref name="onFrame"/>.</summary>
    ReplayResult Replay(IEnv<float, int> environment, EpisodeResimulation.FrameHandler onFrame);
}
