using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>
/// The recurrent state of a core: a few named tensors whose first axis is the batch.
/// LSTM: <c>h</c>, <c>c</c>. STM: <c>read</c> (y), <c>item_memory</c> (M^i) and, when carried,
/// <c>relational_memory</c> (M^r). Operations return new states; the receiver is left unchanged.
/// Disposing a state disposes its tensors.
/// </summary>
public sealed class RecurrentState : IDisposable
{
    private readonly string[] names;
    private readonly Tensor[] tensors;

    /// <summary>Creates a state from names and tensors of equal count; each tensor's first axis is the batch.</summary>
    public RecurrentState(IReadOnlyList<string> names, IReadOnlyList<Tensor> tensors)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(tensors);
        if (names.Count != tensors.Count || names.Count == 0)
            throw new ArgumentException($"expected as many names as tensors (at least one); got {names.Count} names and {tensors.Count} tensors", nameof(tensors));
        long batch = tensors[0].shape.Length > 0 ? tensors[0].shape[0] : -1;
        for (int i = 0; i < tensors.Count; i++)
        {
            if (tensors[i].shape.Length == 0 || tensors[i].shape[0] != batch)
                throw new ArgumentException($"state tensor '{names[i]}' has shape [{string.Join(",", tensors[i].shape)}]; expected batch size {batch} on axis 0", nameof(tensors));
        }
        this.names = names.ToArray();
        this.tensors = tensors.ToArray();
    }

    /// <summary>Batch size (axis 0 of every tensor).</summary>
    public long BatchSize => tensors[0].shape[0];

    /// <summary>The names of the tensors, in order.</summary>
    public IReadOnlyList<string> Names => names;

    /// <summary>The tensors, in the order of <see cref="Names"/>.</summary>
    public IReadOnlyList<Tensor> Tensors => tensors;

    /// <summary>The device the state lives on.</summary>
    public Device Device => tensors[0].device;

    /// <summary>The tensor called <paramref name="name"/>.</summary>
    public Tensor this[string name]
    {
        get
        {
            int index = Array.IndexOf(names, name);
            if (index < 0)
                throw new KeyNotFoundException($"this state has no tensor '{name}'; it has: {string.Join(", ", names)}");
            return tensors[index];
        }
    }

    /// <summary>Whether the state has a tensor called <paramref name="name"/>.</summary>
    public bool Contains(string name) => Array.IndexOf(names, name) >= 0;

    /// <summary>A state cut from the autograd graph (truncated back-propagation through time).</summary>
    public RecurrentState Detach() => Map(t => t.detach());

    /// <summary>A deep copy that keeps the autograd history.</summary>
    public RecurrentState Clone() => Map(t => t.clone());

    /// <summary>The same state on <paramref name="device"/>.</summary>
    public RecurrentState To(Device device) => Map(t => t.to(device));

    /// <summary>
    /// Replaces the batch elements where <paramref name="resetMask"/> is true (or non-zero) by the
    /// corresponding elements of <paramref name="initial"/>, e.g. at episode starts. Gradients flow into
    /// <paramref name="initial"/> for the replaced elements (learned initial memories keep learning).
    /// </summary>
    public RecurrentState ResetWhere(Tensor resetMask, RecurrentState initial)
    {
        ArgumentNullException.ThrowIfNull(resetMask);
        ArgumentNullException.ThrowIfNull(initial);
        if (resetMask.dim() != 1 || resetMask.shape[0] != BatchSize)
            throw new ArgumentException($"expected a mask of shape [{BatchSize}]; got [{string.Join(",", resetMask.shape)}]", nameof(resetMask));
        if (!initial.names.SequenceEqual(names) || initial.BatchSize != BatchSize)
            throw new ArgumentException($"expected an initial state with tensors ({string.Join(", ", names)}) and batch {BatchSize}", nameof(initial));
        using var scope = NewDisposeScope();
        using var mask = resetMask.to(ScalarType.Bool).to(Device);
        var reset = new Tensor[tensors.Length];
        for (int i = 0; i < tensors.Length; i++)
        {
            long[] shape = new long[tensors[i].dim()];
            Array.Fill(shape, 1L);
            shape[0] = BatchSize;
            reset[i] = where(mask.view(shape), initial.tensors[i], tensors[i]).MoveToOuterDisposeScope();
        }
        return new RecurrentState(names, reset);
    }

    private RecurrentState Map(Func<Tensor, Tensor> map)
    {
        var mapped = new Tensor[tensors.Length];
        for (int i = 0; i < tensors.Length; i++) mapped[i] = map(tensors[i]);
        return new RecurrentState(names, mapped);
    }

    /// <summary>Disposes the state's tensors.</summary>
    public void Dispose()
    {
        foreach (var tensor in tensors) tensor.Dispose();
    }
}
