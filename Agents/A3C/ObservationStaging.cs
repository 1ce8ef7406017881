using System.Runtime.InteropServices;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>
/// Holds the latest observation of an environment as a <c>[1, ..shape]</c> tensor. The environment's span is
/// copied into one preallocated tensor; <see cref="Input"/> hands out a fresh copy per step, because autograd keeps
/// each step's input for the backward pass and the staging tensor is overwritten by the next observation.
/// Writing goes straight into the tensor's memory and allocates nothing.
/// </summary>
internal sealed class ObservationStaging : IDisposable
{
    private readonly Tensor staging;
    private readonly long elementCount;

    public ObservationStaging(IReadOnlyList<long> observationShape)
    {
        staging = zeros([1, .. observationShape]).DetachFromDisposeScope();
        elementCount = staging.numel();
    }

    /// <summary>Copies <paramref name="observation"/> in; its length must be the shape's element count.</summary>
    public void Write(ReadOnlySpan<float> observation)
    {
        if (observation.Length != elementCount)
            throw new ArgumentException($"the environment returned an observation of {observation.Length} values; the network expects {elementCount}", nameof(observation));
        observation.CopyTo(MemoryMarshal.Cast<byte, float>(staging.bytes));
    }

    /// <summary>A copy of the current observation, in the caller's dispose scope.</summary>
    public Tensor Input() => staging.clone();

    public void Dispose() => staging.Dispose();
}
