using System.Numerics;
using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Tests.Core;

/// <summary>
/// A deterministic test environment whose frames, rewards, lives and terminal step are functions of the
/// episode step <c>t</c> (0 right after reset). Records what it was asked to do.
/// </summary>
public sealed class ScriptedEnv<T> : IEnv<T, int>, IHasActionMeanings
    where T : unmanaged, INumber<T>
{
    private static readonly string[] PongMeanings = ["NOOP", "FIRE", "RIGHT", "LEFT", "RIGHTFIRE", "LEFTFIRE"];

    private readonly T[] observation;
    private EpisodeLifecycle lifecycle;
    private long frameNumber;

    public ScriptedEnv(SpaceShape shape, int actionCount = 6, IReadOnlyList<string>? actionMeanings = null)
    {
        observation = new T[shape.ElementCount];
        ObservationSpace = new BoxSpace<T>(T.Zero, T.CreateChecked(255), shape);
        ActionSpace = new DiscreteSpace(actionCount);
        ActionMeanings = actionMeanings ?? PongMeanings[..actionCount];
    }

    /// <summary>Element <c>i</c> of the frame at episode step <c>t</c>; by default a pattern that changes non-monotonically.</summary>
    public Func<long, int, T> Pixel { get; set; } = (t, i) => T.CreateChecked(((t * 37) + (i * 11)) % 256);

    /// <summary>The reward of the step that reaches episode step <c>t</c>.</summary>
    public Func<long, double> Reward { get; set; } = t => t;

    /// <summary>The episode terminates on reaching this step (never when null).</summary>
    public long? TerminalStep { get; set; }

    /// <summary>Lives at episode step <c>t</c>.</summary>
    public Func<long, int> Lives { get; set; } = _ => 0;

    public IArraySpace<T> ObservationSpace { get; }

    public ISpace<int> ActionSpace { get; }

    public IReadOnlyList<string> ActionMeanings { get; }

    public long EpisodeStep { get; private set; }

    public int ResetCount { get; private set; }

    public List<ulong?> ResetSeeds { get; } = [];

    /// <summary>Actions stepped, when <see cref="RecordActions"/> is on.</summary>
    public List<int> Actions { get; } = [];

    public bool RecordActions { get; set; } = true;

    public bool Disposed { get; private set; }

    public ResetResult<T> Reset(ulong? seed = null)
    {
        ResetCount++;
        ResetSeeds.Add(seed);
        EpisodeStep = 0;
        lifecycle.Started();
        Render();
        return new ResetResult<T>(observation, Info());
    }

    public StepResult<T> Step(int action)
    {
        ((DiscreteSpace)ActionSpace).EnsureContains(action);
        lifecycle.EnsureRunning(this);
        if (RecordActions)
        {
            Actions.Add(action);
        }

        EpisodeStep++;
        frameNumber++;
        var terminated = EpisodeStep == TerminalStep;
        lifecycle.Stepped(terminated, truncated: false);
        Render();
        return new StepResult<T>(observation, Reward(EpisodeStep), terminated, false, Info());
    }

    public T[] FrameAt(long t)
    {
        var frame = new T[observation.Length];
        for (var i = 0; i < frame.Length; i++)
        {
            frame[i] = Pixel(t, i);
        }

        return frame;
    }

    public void Dispose() => Disposed = true;

    public override string ToString() => "Scripted";

    private EnvInfo Info() => new() { Lives = Lives(EpisodeStep), EpisodeFrameNumber = EpisodeStep, FrameNumber = frameNumber };

    private void Render()
    {
        for (var i = 0; i < observation.Length; i++)
        {
            observation[i] = Pixel(EpisodeStep, i);
        }
    }
}
