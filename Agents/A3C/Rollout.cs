using SamRL.Memory;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>
/// The steps of one rollout segment, kept for the A3C loss (see <see cref="RolloutSegment"/>): the encoder's features
/// (with their autograd history), the core's input projection computed from them (a leaf tensor), the state the step
/// started from, the core's readout inputs (each <c>[1, ...]</c>, with their autograd history back to that leaf), the
/// action taken and the (clipped) reward r_t. Allocated once per worker with room for <see cref="Capacity"/> steps and reused; the tensors
/// belong to the caller's dispose scope.
/// </summary>
internal sealed class Rollout
{
    private readonly Tensor[] features;
    private readonly Tensor[] projections;
    private readonly RecurrentState[] inputStates;
    private readonly Tensor[][] readoutInputs;
    private readonly long[] actions;
    private readonly double[] rewards;

    /// <summary>Creates an empty rollout with room for <paramref name="capacity"/> steps.</summary>
    public Rollout(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "expected room for at least one step");
        features = new Tensor[capacity];
        projections = new Tensor[capacity];
        inputStates = new RecurrentState[capacity];
        readoutInputs = new Tensor[capacity][];
        actions = new long[capacity];
        rewards = new double[capacity];
    }

    /// <summary>Room, in steps.</summary>
    public int Capacity => rewards.Length;

    /// <summary>Steps held.</summary>
    public int Count { get; private set; }

    /// <summary>Each step's encoder features.</summary>
    public ReadOnlySpan<Tensor> Features => features.AsSpan(0, Count);

    /// <summary>Each step's input projection (leaf tensors).</summary>
    public ReadOnlySpan<Tensor> Projections => projections.AsSpan(0, Count);

    /// <summary>The state each step started from.</summary>
    public ReadOnlySpan<RecurrentState> InputStates => inputStates.AsSpan(0, Count);

    /// <summary>Each step's readout inputs.</summary>
    public ReadOnlySpan<Tensor[]> ReadoutInputs => readoutInputs.AsSpan(0, Count);

    /// <summary>Each step's action.</summary>
    public ReadOnlySpan<long> Actions => actions.AsSpan(0, Count);

    /// <summary>Each step's (clipped) reward.</summary>
    public ReadOnlySpan<double> Rewards => rewards.AsSpan(0, Count);

    /// <summary>Appends a step.</summary>
    public void Add(Tensor features, Tensor projection, RecurrentState inputState, Tensor[] readoutInputs, int action, double reward)
    {
        if (Count == Capacity) throw new InvalidOperationException($"the rollout already holds its {Capacity} steps");
        this.features[Count] = features;
        projections[Count] = projection;
        inputStates[Count] = inputState;
        this.readoutInputs[Count] = readoutInputs;
        actions[Count] = action;
        rewards[Count] = reward;
        Count++;
    }

    /// <summary>Forgets the steps (the tensors are the dispose scope's).</summary>
    public void Clear()
    {
        Array.Clear(features, 0, Count);
        Array.Clear(projections, 0, Count);
        Array.Clear(inputStates, 0, Count);
        Array.Clear(readoutInputs, 0, Count);
        Count = 0;
    }
}
