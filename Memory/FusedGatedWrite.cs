using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>
/// STM's gated item write (Eq. 10, the authors' gates) as one autograd operation computed by
/// <see cref="GatedWriteKernel"/>: M̃ = I ⊙ tanh(a ⊗ w) + F ⊙ M with [I, F] = σ(tanh(M)·W_mᵀ + p) row by row.
/// </summary>
/// <remarks>
/// Inputs: the item memory M <c>[B, d, d]</c>, a = f1(x) and the write vector w <c>[B, d]</c>, the per-sample gate
/// term p = W_x·a + b_x + b_m + [β_I; β_F] <c>[B, 2d]</c> (formed by ordinary operations, so its own gradients flow
/// as usual) and W_m <c>[2d, d]</c>.
/// <para>
/// Memory is handed back as early as TorchSharp allows. tanh(M), I and F are kept outside libtorch's saved variables
/// and freed by the backward pass itself (libtorch frees its own operations' saved values there too, but cannot for
/// a managed operation), so a graph through this operation supports one backward pass (a second one throws inside
/// libtorch's callback, which TorchSharp cannot turn into an exception: nothing in SamRL retains a graph). The
/// gradients are released as <see cref="ReturnedGradients"/> says.
/// </para>
/// </remarks>
internal sealed class FusedGatedWrite : autograd.SingleTensorFunction<FusedGatedWrite>
{
    /// <inheritdoc />
    public override string Name => nameof(FusedGatedWrite);

    /// <summary>
    /// Whether the kernel computes this write: float32 on a CPU with AVX-512 and d a multiple of
    /// <see cref="GatedWriteKernel.ChunkWidth"/> (the presets' 48 and 96; 72 and 90 take libtorch operations).
    /// </summary>
    public static bool Supports(Tensor itemMemory) =>
        FusedLowRankUpdate.Supports(itemMemory) && itemMemory.shape[^1] % GatedWriteKernel.ChunkWidth == 0;

    /// <summary>The new item memory; inputs are made contiguous first, and nothing is saved when no gradient is wanted.</summary>
    public static Tensor Apply(Tensor itemMemory, Tensor a, Tensor writeVector, Tensor gateTerm, Tensor weight)
    {
        Tensor[] inputs = [itemMemory.contiguous(), a.contiguous(), writeVector.contiguous(), gateTerm.contiguous(), weight.contiguous()];
        if (is_grad_enabled() && inputs.Any(t => t.requires_grad)) return apply(inputs);
        using var buffers = new GateBuffers(inputs[0]);
        return Compute(inputs[0], inputs[1], inputs[2], inputs[3], inputs[4], buffers);
    }

    /// <inheritdoc />
    public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
    {
        var (memory, a, w, gateTerm, weight) = ((Tensor)vars[0], (Tensor)vars[1], (Tensor)vars[2], (Tensor)vars[3], (Tensor)vars[4]);
        var buffers = new GateBuffers(memory);
        var result = Compute(memory, a, w, gateTerm, weight, buffers);
        ctx.save_for_backward([memory, a, w, weight]);
        ctx.save_data(nameof(GateBuffers), buffers);
        return result;
    }

    /// <inheritdoc />
    public override unsafe List<Tensor> backward(autograd.AutogradContext ctx, Tensor gradOutput)
    {
        ReturnedGradients.ReleasePrevious();
        var saved = ctx.get_saved_variables();
        using var buffers = (GateBuffers)ctx.get_data(nameof(GateBuffers));
        try
        {
            if (buffers.IsDisposed)
                throw new InvalidOperationException("STM's fused gated write frees its saved values in its backward pass; a second backward pass through the same graph is not supported");
            var (memory, a, w, weight) = (saved[0], saved[1], saved[2], saved[3]);
            long batch = memory.shape[0];
            int d = (int)memory.shape[1];
            using var grad = gradOutput.contiguous();
            using var gateGrad = empty(batch, d, 2 * d);
            var memoryGrad = empty_like(memory);
            var gateTermGrad = zeros(batch, 2 * d);
            var aGrad = zeros(batch, d);
            var wGrad = zeros(batch, d);
            float* g = TensorData.Floats(grad), m = TensorData.Floats(memory), t = TensorData.Floats(buffers.TanhMemory),
                i = TensorData.Floats(buffers.InputGate), f = TensorData.Floats(buffers.ForgetGate), av = TensorData.Floats(a),
                wv = TensorData.Floats(w), wm = TensorData.Floats(weight), dg = TensorData.Floats(gateGrad),
                dm = TensorData.Floats(memoryGrad), dp = TensorData.Floats(gateTermGrad), da = TensorData.Floats(aGrad),
                dw = TensorData.Floats(wGrad);
            long square = (long)d * d;
            for (long b = 0; b < batch; b++)
                GatedWriteKernel.Backward(d, g + b * square, m + b * square, t + b * square, i + b * square, f + b * square,
                    av + b * d, wv + b * d, wm, dg + b * 2 * square, dm + b * square, dp + b * 2 * d, da + b * d, dw + b * d);
            // W_m's gradient Σ_b Σ_i dG[b,i,:]ᵀ ⊗ tanh(M)[b,i,:]: one product over all B·d rows.
            var weightGrad = gateGrad.view(batch * d, 2 * d).t().mm(buffers.TanhMemory.view(batch * d, d));
            return ReturnedGradients.Hold([memoryGrad, aGrad, wGrad, gateTermGrad, weightGrad]);
        }
        finally
        {
            foreach (var tensor in saved) tensor.Dispose();
            gradOutput.Dispose();
        }
    }

    private static unsafe Tensor Compute(Tensor memory, Tensor a, Tensor w, Tensor gateTerm, Tensor weight, GateBuffers buffers)
    {
        long batch = memory.shape[0];
        int d = (int)memory.shape[1];
        using var weightTransposed = weight.t().contiguous();
        var result = empty_like(memory);
        float* m = TensorData.Floats(memory), wt = TensorData.Floats(weightTransposed), p = TensorData.Floats(gateTerm),
            av = TensorData.Floats(a), wv = TensorData.Floats(w), t = TensorData.Floats(buffers.TanhMemory),
            i = TensorData.Floats(buffers.InputGate), f = TensorData.Floats(buffers.ForgetGate), o = TensorData.Floats(result);
        long square = (long)d * d;
        for (long b = 0; b < batch; b++)
            GatedWriteKernel.Forward(d, m + b * square, wt, p + b * 2 * d, av + b * d, wv + b * d,
                t + b * square, i + b * square, f + b * square, o + b * square);
        return result;
    }

    /// <summary>tanh(M), I and F of one forward call, outside every dispose scope until the backward pass frees them.</summary>
    private sealed class GateBuffers : IDisposable
    {
        public GateBuffers(Tensor memory)
        {
            TanhMemory = empty_like(memory).DetachFromDisposeScope();
            InputGate = empty_like(memory).DetachFromDisposeScope();
            ForgetGate = empty_like(memory).DetachFromDisposeScope();
        }

        public Tensor TanhMemory { get; }

        public Tensor InputGate { get; }

        public Tensor ForgetGate { get; }

        public bool IsDisposed { get; private set; }

        public void Dispose()
        {
            TanhMemory.Dispose();
            InputGate.Dispose();
            ForgetGate.Dispose();
            IsDisposed = true;
        }
    }
}
