using SamRL.Environments.Core;
using SamRL.Environments.Episodes;
using SamRL.Runner.Cli;
using SamRL.Runner.Training;

namespace SamRL.Runner.Replay;

/// <summary>
/// An evaluation episode in SamRL's episode-file format (<c>&lt;run&gt;/evaluations/episode-NNNNNN.episode</c>). The
/// file is self-contained: its header holds the run's settings and the ROM's MD5, and replaying it checks every
/// reward, the periodic state checksums and the ending.
/// </summary>
public sealed class RecordedEpisodeFile : IRecordedEpisode
{
    private readonly string path;
    private readonly EpisodeRecording recording;

    private RecordedEpisodeFile(string path, EpisodeRecording recording, TrainSettings settings)
    {
        this.path = path;
        this.recording = recording;
        Settings = settings;
    }

    /// <inheritdoc />
    public TrainSettings Settings { get; }

    /// <inheritdoc />
    public string Name => Path.GetFileName(path);

    /// <inheritdoc />
    public long Steps => recording.Steps.Count;

    /// <inheritdoc />
    public double Reward => recording.TotalReward;

    /// <summary>Reads the episode file at <paramref name="path"/>.</summary>
    /// <exception cref="UserInputException">The file is missing, corrupt (naming the byte offset) or was not written by training.</exception>
    public static RecordedEpisodeFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserInputException($"episode file {path} does not exist.");
        }

        EpisodeRecording recording;
        try
        {
            recording = EpisodeReader.Read(path);
        }
        catch (EpisodeFormatException exception)
        {
            throw new UserInputException($"episode file {exception.Message}");
        }

        return new RecordedEpisodeFile(path, recording, EvaluationEpisodeHeader.SettingsOf(recording.Header, path));
    }

    /// <inheritdoc />
    public void CheckEnvironment(TrainingEnvironment environment)
    {
        var recorded = recording.Header.RomMd5;
        if (recorded.Length > 0 && recorded != environment.RomMd5)
        {
            throw new UserInputException(
                $"episode file {path} was played on the ROM with MD5 {recorded}, but this machine resolves {Settings.Game} to {environment.Description} (MD5 {environment.RomMd5}).");
        }
    }

    /// <inheritdoc />
    public ReplayResult Replay(IEnv<float, int> environment, EpisodeResimulation.FrameHandler onFrame)
    {
        // The replay is not disposed: all it would dispose is the environment, which the caller owns.
        var replay = new EpisodeReplay<float>(recording, _ => environment);
        try
        {
            while (replay.MoveNext())
            {
                onFrame(replay.Frame);
            }

            return new ReplayResult(replay.StepCount, replay.TotalReward, null);
        }
        catch (EpisodeReplayMismatchException exception)
        {
            return new ReplayResult(Math.Max(0, replay.StepCount), replay.TotalReward, exception.Message);
        }
    }
}
