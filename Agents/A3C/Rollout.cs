using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>
/// The steps of one rollout segment, kept for the A3C loss: the model's readout inputs of each step
/// (<see cref="Networks.ActorCritic.Advance"/>, each <c>[1, ...]</c> with its autograd history), the action taken and the
/// (clipped) reward r_t. Allocated once per worker with room for <see cref="Capacity"/> steps and reused; the tensors
/// belong to the caller's dispose scope.
/// </summary>
internal sealed class Rollout
{
    private readonly Tensor[][] readoutInputs;
    private readonly long[] actions;
    private readonly double[] rewards;

    /// <summary>Creates an empty rollout with room for <paramref name="capacity"/> steps.</summary>
    public Rollout(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "expected room for at least one step");
        readoutInputs = new Tensor[capacity][];
        actions = new long[capacity];
        rewards = new double[capacity];
    }

    /// <summary>Room, in steps.</summary>
    public int Capacity => rewards.Length;

    /// <summary>Steps held.</summary>
    public int Count { get; private set; }

    /// <summary>Each step's readout inputs.</summary>
    public ReadOnlySpan<Tensor[]> ReadoutInputs => readoutInputs.AsSpan(0, Count);

    /// <summary>Each step's action.</summary>
    public ReadOnlySpan<long> Actions => actions.AsSpan(0, Count);

    /// <summary>Each step's (clipped) reward.</summary>
    public ReadOnlySpan<double> Rewards => rewards.AsSpan(0, Count);

    /// <summary>Appends a step.</summary>
    public void Add(Tensor[] readoutInputs, int action, double reward)
    {
        if (Count == Capacity) throw new InvalidOperationException($"the rollout already holds its {Capacity} steps");
        this.readoutInputs[Count] = readoutInputs;
        actions[Count] = action;
        rewards[Count] = reward;
        Count++;
    }

    /// <summary>Forgets the steps (the tensors are the dispose scope's).</summary>
    public void Clear()
    {
        Array.Clear(readoutInputs, 0, Count);
        Count = 0;
    }
}
