using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Agents.Tests;

/// <summary>
/// A small deterministic memory task: the first observation shows a cue (one-hot of two), then <c>delay</c> blank
/// observations follow, then a query flag; the action on the query step earns +1 when it names the cue and −1
/// otherwise, and ends the episode. Actions before the query earn 0. A random policy averages 0; a policy that
/// remembers the cue earns +1. With an image side the three values are drawn as three horizontal bands of a
/// side×side image, for the convolutional encoders. Optionally counts how many instances are inside
/// <see cref="Step"/> at once.
/// </summary>
internal sealed class CueMemoryEnv : IEnv<float, int>
{
    private readonly int delay;
    private readonly int imageSide;
    private readonly float[] values = new float[3];
    private readonly float[] observation;
    private readonly ConcurrencyProbe? probe;
    private readonly Rng rng = new(0);
    private EpisodeLifecycle lifecycle;
    private int cue, time;

    public CueMemoryEnv(int delay, ConcurrencyProbe? probe = null, int imageSide = 0)
    {
        this.delay = delay;
        this.probe = probe;
        this.imageSide = imageSide;
        observation = imageSide == 0 ? values : new float[imageSide * imageSide];
        ObservationSpace = new BoxSpace<float>(0f, 1f, imageSide == 0 ? new SpaceShape(3) : new SpaceShape(imageSide, imageSide));
    }

    public IArraySpace<float> ObservationSpace { get; }

    public ISpace<int> ActionSpace { get; } = new DiscreteSpace(2);

    public int ResetCount { get; private set; }

    public ResetResult<float> Reset(ulong? seed = null)
    {
        if (seed is { } value) rng.Reseed(value);
        cue = rng.NextInt(2);
        time = 0;
        ResetCount++;
        lifecycle.Started();
        Show();
        return new ResetResult<float>(observation, default);
    }

    public StepResult<float> Step(int action)
    {
        lifecycle.EnsureRunning(nameof(CueMemoryEnv));
        probe?.Enter();
        try
        {
            if (action is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(action), action, "expected 0 or 1");
            bool query = time == delay + 1;
            double reward = query ? (action == cue ? 1.0 : -1.0) : 0.0;
            time++;
            Show();
            lifecycle.Stepped(query, false);
            return new StepResult<float>(observation, reward, query, false, default);
        }
        finally
        {
            probe?.Exit();
        }
    }

    private void Show()
    {
        Array.Clear(values);
        if (time == 0) values[cue] = 1f;
        else if (time == delay + 1) values[2] = 1f;
        if (imageSide == 0) return;
        for (int row = 0; row < imageSide; row++)
            observation.AsSpan(row * imageSide, imageSide).Fill(values[Math.Min(2, 3 * row / imageSide)]);
    }

    public void Dispose()
    {
    }
}

/// <summary>Records the largest number of threads inside a section at the same time.</summary>
internal sealed class ConcurrencyProbe
{
    private int inside;
    private int maximum;

    public int Maximum => Volatile.Read(ref maximum);

    public void Enter()
    {
        int now = Interlocked.Increment(ref inside);
        int seen;
        while (now > (seen = Volatile.Read(ref maximum)) && Interlocked.CompareExchange(ref maximum, now, seen) != seen)
        {
        }
        // Linger so that overlapping workers would be observed.
        Thread.SpinWait(2000);
    }

    public void Exit() => Interlocked.Decrement(ref inside);
}
