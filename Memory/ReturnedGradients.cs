using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>
/// The gradients the last managed backward call on this thread returned to libtorch, released at the next one.
/// </summary>
/// <remarks>
/// A TorchSharp autograd function returns managed tensors whose native values libtorch copies only after the call
/// returns, so the function cannot dispose them itself; left to their dispose scope (or the finalizer, without one)
/// every step's gradients would stay allocated to the end of the backward pass. By the next backward call of a
/// kernel on the same thread libtorch holds its own references, so that call releases them: at most one call's
/// gradients wait longer than libtorch's own would.
/// </remarks>
public static class ReturnedGradients
{
    [ThreadStatic]
    private static List<Tensor>? held;

    /// <summary>Releases what the previous backward call on this thread returned.</summary>
    public static void ReleasePrevious()
    {
        if (held is null) return;
        foreach (var gradient in held) gradient?.Dispose();
        held = null;
    }

    /// <summary>Takes <paramref name="gradients"/> out of every dispose scope and holds them until the next call; returns them.</summary>
    public static List<Tensor> Hold(List<Tensor> gradients)
    {
        foreach (var gradient in gradients) gradient?.DetachFromDisposeScope();
        held = gradients;
        return gradients;
    }
}
