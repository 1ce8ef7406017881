namespace SamRL.Agents.A3C;

/// <summary>
/// Where a run's files go inside its run folder:
/// <c>checkpoints/latest.ckpt</c> (full checkpoint, periodic and final), <c>checkpoints/best-model.ckpt</c> (weights
/// of the best evaluation episode), <c>evaluations/episode-NNNNNN.json</c> (one file per evaluation episode) and,
/// when the trainer has an evaluation episode header, <c>evaluations/episode-NNNNNN.episode</c> (the same episode in
/// SamRL's episode-file format).
/// </summary>
public sealed class RunLayout
{
    /// <summary>Describes the layout of <paramref name="runDirectory"/> (nothing is created yet).</summary>
    public RunLayout(string runDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runDirectory);
        RunDirectory = Path.GetFullPath(runDirectory);
    }

    /// <summary>The run folder.</summary>
    public string RunDirectory { get; }

    /// <summary>The full checkpoint that <see cref="A3CTrainer.Resume"/> reads.</summary>
    public string CheckpointFile => Path.Combine(RunDirectory, "checkpoints", "latest.ckpt");

    /// <summary>The weights of the best evaluation episode.</summary>
    public string BestModelFile => Path.Combine(RunDirectory, "checkpoints", "best-model.ckpt");

    /// <summary>The folder of the evaluation episode files.</summary>
    public string EvaluationDirectory => Path.Combine(RunDirectory, "evaluations");

    /// <summary>The file of evaluation episode <paramref name="index"/> (1-based).</summary>
    public string EvaluationEpisodeFile(long index) => Path.Combine(EvaluationDirectory, $"episode-{index:D6}.json");

    /// <summary>The episode-format recording of evaluation episode <paramref name="index"/> (1-based).</summary>
    public string EvaluationRecordingFile(long index) => Path.Combine(EvaluationDirectory, $"episode-{index:D6}.episode");
}
