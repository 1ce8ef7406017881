using System.Collections.Concurrent;
using SamRL.Agents.A3C;

namespace SamRL.Agents.Tests;

/// <summary>Keeps every report and the threads they arrived on.</summary>
internal sealed class RecordingObserver : ITrainingObserver
{
    public ConcurrentQueue<TrainingStatistics> Intervals { get; } = new();

    public ConcurrentQueue<EvaluationEpisode> Episodes { get; } = new();

    public ConcurrentQueue<CheckpointWritten> Checkpoints { get; } = new();

    public ConcurrentBag<int> Threads { get; } = [];

    public void OnInterval(TrainingStatistics statistics)
    {
        Threads.Add(Environment.CurrentManagedThreadId);
        Intervals.Enqueue(statistics);
    }

    public void OnEvaluationEpisode(EvaluationEpisode episode)
    {
        Threads.Add(Environment.CurrentManagedThreadId);
        Episodes.Enqueue(episode);
    }

    public void OnCheckpoint(CheckpointWritten checkpoint)
    {
        Threads.Add(Environment.CurrentManagedThreadId);
        Checkpoints.Enqueue(checkpoint);
    }
}
