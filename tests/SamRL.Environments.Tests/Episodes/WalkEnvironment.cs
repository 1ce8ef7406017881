using SamRL.Environments.Core;
using SamRL.Environments.Episodes;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Tests.Episodes;

/// <summary>
/// A small deterministic environment for the episode tests: a walker on a line moved by actions 0/1/2
/// (left/stay/right), with seeded random rewards, ending at ±<c>goal</c> or after <c>maxSteps</c> (truncated).
/// </summary>
internal sealed class WalkEnvironment(int goal, int maxSteps) : IEnv<byte, int>, IStateChecksum
{
    private readonly byte[] observation = new byte[3];
    private Rng rng = new(0);
    private int position;
    private int steps;
    private bool running;

    public IArraySpace<byte> ObservationSpace { get; } = new BoxSpace<byte>(0, 255, new SpaceShape(3));

    public ISpace<int> ActionSpace { get; } = new DiscreteSpace(3);

    public static WalkEnvironment FromHeader(EpisodeHeader header) =>
        new(int.Parse(header.Settings["goal"]), int.Parse(header.Settings["max_steps"]));

    public ResetResult<byte> Reset(ulong? seed = null)
    {
        rng = new Rng(seed ?? 0);
        position = 0;
        steps = 0;
        running = true;
        Observe();
        return new ResetResult<byte>(observation, default);
    }

    public StepResult<byte> Step(int action)
    {
        if (!running)
        {
            throw new InvalidOperationException("Reset first.");
        }

        position += action - 1;
        steps++;
        var reward = rng.NextInt(4) == 0 ? position * 0.5 : 0.0;
        var terminated = Math.Abs(position) >= goal;
        var truncated = !terminated && steps >= maxSteps;
        running = !(terminated || truncated);
        Observe();
        return new StepResult<byte>(observation, reward, terminated, truncated, default);
    }

    public ulong ComputeStateChecksum()
    {
        var (s0, s1, s2, s3) = rng.GetState();
        return new StateHash().Append(position).Append(steps).Append(s0).Append(s1).Append(s2).Append(s3).Value;
    }

    public void Dispose()
    {
    }

    private void Observe()
    {
        observation[0] = (byte)(position + 128);
        observation[1] = (byte)steps;
        observation[2] = (byte)rng.NextInt(256);
    }
}
