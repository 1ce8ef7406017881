using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>
/// The steps of one rollout segment, kept for the A3C loss: V(s_t) <c>[1, 1]</c>, log π(a_t|s_t) and the policy's
/// entropy H_t (scalars, all with their autograd history) and the (clipped) reward r_t. Allocated once per
/// worker with room for <see cref="Capacity"/> steps and reused; the tensors belong to the caller's dispose scope.
/// </summary>
internal sealed class Rollout
{
    private readonly Tensor[] values;
    private readonly Tensor[] logProbabilities;
    private readonly Tensor[] entropies;
    private readonly double[] rewards;

    public Rollout(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "expected room for at least one step");
        values = new Tensor[capacity];
        logProbabilities = new Tensor[capacity];
        entropies = new Tensor[capacity];
        rewards = new double[capacity];
    }

    public int Capacity => rewards.Length;

    public int Count { get; private set; }

    public ReadOnlySpan<Tensor> Values => values.AsSpan(0, Count);

    public ReadOnlySpan<Tensor> LogProbabilities => logProbabilities.AsSpan(0, Count);

    public ReadOnlySpan<Tensor> Entropies => entropies.AsSpan(0, Count);

    public ReadOnlySpan<double> Rewards => rewards.AsSpan(0, Count);

    public void Add(Tensor value, Tensor logProbability, Tensor entropy, double reward)
    {
        if (Count == Capacity) throw new InvalidOperationException($"the rollout already holds its {Capacity} steps");
        values[Count] = value;
        logProbabilities[Count] = logProbability;
        entropies[Count] = entropy;
        rewards[Count] = reward;
        Count++;
    }

    /// <summary>Forgets the steps (the tensors are disposed with the scope that created them).</summary>
    public void Clear()
    {
        Array.Clear(values, 0, Count);
        Array.Clear(logProbabilities, 0, Count);
        Array.Clear(entropies, 0, Count);
        Count = 0;
    }
}
