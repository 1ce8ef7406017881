using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using static SamRL.Memory.SimdMath;

namespace SamRL.Memory;

/// <summary>
/// The gated item write of Eq. 10 for one batch element, forward and backward, as float32 SIMD loops over blocks of
/// <see cref="Rows"/> memory rows: the gate products and everything element-wise around them in one pass per block.
/// </summary>
/// <remarks>
/// Written by hand because libtorch cannot fuse a matrix product with what follows it: composed of its operations,
/// the write is two [B·d, d]·[d, d] products plus about twenty passes over d×d tensors forward and backward, and MKL
/// reaches 60–85 GFLOP/s on those thin products on this machine's AVX-512 cores where the 8×48 block below reaches
/// about 90. Here each block's rows stay in the first-level cache from the tanh of M through the products to the new
/// memory. Slot sizes that are a multiple of <see cref="ChunkWidth"/> only; <see cref="FusedGatedWrite"/> decides.
/// Notation (all row-major): M, tanh(M), I, F, the new memory and its gradient are d×d; W_m is [2d, d] (nn.Linear's
/// weight: I's rows first), W_mᵀ is [d, 2d]; the per-sample gate term p = W_x·f1(x) + b_x + b_m + [β_I; β_F] is [2d].
/// </remarks>
internal static unsafe class GatedWriteKernel
{
    /// <summary>Memory rows per block: 8 rows × 3 vectors are 24 accumulators of AVX-512's 32 registers.</summary>
    public const int Rows = 8;

    /// <summary>Columns per product block: three 16-float vectors.</summary>
    public const int ChunkWidth = 48;

    /// <summary>
    /// Forward for one batch element: tanh(M), I = σ(tanh(M)·W_Iᵀ + p_I), F = σ(tanh(M)·W_Fᵀ + p_F) (saved for the
    /// backward pass) and the new memory I ⊙ tanh(a ⊗ w) + F ⊙ M.
    /// </summary>
    public static void Forward(int d, float* memory, float* weightTransposed, float* gateTerm, float* a, float* w,
        float* tanhMemory, float* inputGate, float* forgetGate, float* result)
    {
        float* tile = stackalloc float[Rows * ChunkWidth];
        for (int row0 = 0; row0 < d; row0 += Rows)
        {
            int blockStart = row0 * d, blockEnd = blockStart + Rows * d;
            for (int e = blockStart; e < blockEnd; e += 16)
                Tanh(Vector512.Load(memory + e)).Store(tanhMemory + e);
            for (int c = 0; c < d; c += ChunkWidth)
            {
                Product(d, tanhMemory + blockStart, d, weightTransposed + c, 2 * d, tile);
                StoreSigmoid(tile, gateTerm + c, inputGate + blockStart + c, d);
                Product(d, tanhMemory + blockStart, d, weightTransposed + d + c, 2 * d, tile);
                StoreSigmoid(tile, gateTerm + d + c, forgetGate + blockStart + c, d);
                for (int r = row0; r < row0 + Rows; r++)
                {
                    var ar = Vector512.Create(a[r]);
                    for (int j = c; j < c + ChunkWidth; j += 16)
                    {
                        int o = r * d + j;
                        var written = Tanh(ar * Vector512.Load(w + j));
                        var next = Vector512.FusedMultiplyAdd(Vector512.Load(inputGate + o), written,
                            Vector512.Load(forgetGate + o) * Vector512.Load(memory + o));
                        next.Store(result + o);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Backward for one batch element, given the gradient g of the new memory: writes dM and the gate gradients
    /// dG = [dI ⊙ I(1−I), dF ⊙ F(1−F)] ([d, 2d], for W_m's gradient Σ tanh(M)ᵀ·dG), and adds into dp (Σ over rows of
    /// dG), da and dw (through tanh(a ⊗ w)), which the caller zeroes.
    /// </summary>
    public static void Backward(int d, float* grad, float* memory, float* tanhMemory, float* inputGate, float* forgetGate,
        float* a, float* w, float* weight, float* gateGrad, float* memoryGrad, float* gateTermGrad, float* aGrad, float* wGrad)
    {
        float* tile = stackalloc float[Rows * ChunkWidth];
        var one = Vector512<float>.One;
        for (int row0 = 0; row0 < d; row0 += Rows)
        {
            for (int r = row0; r < row0 + Rows; r++)
            {
                var ar = Vector512.Create(a[r]);
                var aSum = Vector512<float>.Zero;
                for (int j = 0; j < d; j += 16)
                {
                    int o = r * d + j;
                    var g = Vector512.Load(grad + o);
                    var i = Vector512.Load(inputGate + o);
                    var f = Vector512.Load(forgetGate + o);
                    var wj = Vector512.Load(w + j);
                    var written = Tanh(ar * wj);
                    var inputGateGrad = g * written * i * (one - i);
                    var forgetGateGrad = g * Vector512.Load(memory + o) * f * (one - f);
                    inputGateGrad.Store(gateGrad + 2 * r * d + j);
                    forgetGateGrad.Store(gateGrad + 2 * r * d + d + j);
                    (Vector512.Load(gateTermGrad + j) + inputGateGrad).Store(gateTermGrad + j);
                    (Vector512.Load(gateTermGrad + d + j) + forgetGateGrad).Store(gateTermGrad + d + j);
                    var productGrad = g * i * (one - written * written); // d(a ⊗ w)
                    aSum = Vector512.FusedMultiplyAdd(productGrad, wj, aSum);
                    Vector512.FusedMultiplyAdd(productGrad, ar, Vector512.Load(wGrad + j)).Store(wGrad + j);
                }
                aGrad[r] += Vector512.Sum(aSum);
            }
            for (int c = 0; c < d; c += ChunkWidth)
            {
                Product(2 * d, gateGrad + 2 * row0 * d, 2 * d, weight + c, d, tile); // dG·W_m: gradient of tanh(M)
                for (int r = 0; r < Rows; r++)
                {
                    for (int j = 0; j < ChunkWidth; j += 16)
                    {
                        int o = (row0 + r) * d + c + j;
                        var t = Vector512.Load(tanhMemory + o);
                        var direct = Vector512.Load(grad + o) * Vector512.Load(forgetGate + o);
                        Vector512.FusedMultiplyAdd(Vector512.Load(tile + r * ChunkWidth + j), one - t * t, direct).Store(memoryGrad + o);
                    }
                }
            }
        }
    }

    /// <summary>tile[r, 0..48) = σ(tile[r, 0..48) + bias[0..48)), stored to output rows <paramref name="stride"/> apart.</summary>
    private static void StoreSigmoid(float* tile, float* bias, float* output, int stride)
    {
        var b0 = Vector512.Load(bias);
        var b1 = Vector512.Load(bias + 16);
        var b2 = Vector512.Load(bias + 32);
        for (int r = 0; r < Rows; r++)
        {
            float* t = tile + r * ChunkWidth, o = output + r * stride;
            Sigmoid(Vector512.Load(t) + b0).Store(o);
            Sigmoid(Vector512.Load(t + 16) + b1).Store(o + 16);
            Sigmoid(Vector512.Load(t + 32) + b2).Store(o + 32);
        }
    }

    /// <summary>
    /// tile (8×48, contiguous) = x (8 rows, <paramref name="ldx"/> apart, k columns) · b (k rows, <paramref name="ldb"/>
    /// apart, 48 columns): 24 accumulators held in registers over the whole k loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Product(int k, float* x, int ldx, float* b, int ldb, float* tile)
    {
        Vector512<float> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default;
        Vector512<float> c20 = default, c21 = default, c22 = default, c30 = default, c31 = default, c32 = default;
        Vector512<float> c40 = default, c41 = default, c42 = default, c50 = default, c51 = default, c52 = default;
        Vector512<float> c60 = default, c61 = default, c62 = default, c70 = default, c71 = default, c72 = default;
        float* x0 = x, x1 = x + ldx, x2 = x + 2 * ldx, x3 = x + 3 * ldx, x4 = x + 4 * ldx, x5 = x + 5 * ldx, x6 = x + 6 * ldx, x7 = x + 7 * ldx;
        for (int kk = 0; kk < k; kk++, b += ldb)
        {
            var b0 = Vector512.Load(b);
            var b1 = Vector512.Load(b + 16);
            var b2 = Vector512.Load(b + 32);
            var s = Vector512.Create(x0[kk]);
            c00 = Vector512.FusedMultiplyAdd(s, b0, c00); c01 = Vector512.FusedMultiplyAdd(s, b1, c01); c02 = Vector512.FusedMultiplyAdd(s, b2, c02);
            s = Vector512.Create(x1[kk]);
            c10 = Vector512.FusedMultiplyAdd(s, b0, c10); c11 = Vector512.FusedMultiplyAdd(s, b1, c11); c12 = Vector512.FusedMultiplyAdd(s, b2, c12);
            s = Vector512.Create(x2[kk]);
            c20 = Vector512.FusedMultiplyAdd(s, b0, c20); c21 = Vector512.FusedMultiplyAdd(s, b1, c21); c22 = Vector512.FusedMultiplyAdd(s, b2, c22);
            s = Vector512.Create(x3[kk]);
            c30 = Vector512.FusedMultiplyAdd(s, b0, c30); c31 = Vector512.FusedMultiplyAdd(s, b1, c31); c32 = Vector512.FusedMultiplyAdd(s, b2, c32);
            s = Vector512.Create(x4[kk]);
            c40 = Vector512.FusedMultiplyAdd(s, b0, c40); c41 = Vector512.FusedMultiplyAdd(s, b1, c41); c42 = Vector512.FusedMultiplyAdd(s, b2, c42);
            s = Vector512.Create(x5[kk]);
            c50 = Vector512.FusedMultiplyAdd(s, b0, c50); c51 = Vector512.FusedMultiplyAdd(s, b1, c51); c52 = Vector512.FusedMultiplyAdd(s, b2, c52);
            s = Vector512.Create(x6[kk]);
            c60 = Vector512.FusedMultiplyAdd(s, b0, c60); c61 = Vector512.FusedMultiplyAdd(s, b1, c61); c62 = Vector512.FusedMultiplyAdd(s, b2, c62);
            s = Vector512.Create(x7[kk]);
            c70 = Vector512.FusedMultiplyAdd(s, b0, c70); c71 = Vector512.FusedMultiplyAdd(s, b1, c71); c72 = Vector512.FusedMultiplyAdd(s, b2, c72);
        }
        c00.Store(tile); c01.Store(tile + 16); c02.Store(tile + 32);
        c10.Store(tile + 48); c11.Store(tile + 64); c12.Store(tile + 80);
        c20.Store(tile + 96); c21.Store(tile + 112); c22.Store(tile + 128);
        c30.Store(tile + 144); c31.Store(tile + 160); c32.Store(tile + 176);
        c40.Store(tile + 192); c41.Store(tile + 208); c42.Store(tile + 224);
        c50.Store(tile + 240); c51.Store(tile + 256); c52.Store(tile + 272);
        c60.Store(tile + 288); c61.Store(tile + 304); c62.Store(tile + 320);
        c70.Store(tile + 336); c71.Store(tile + 352); c72.Store(tile + 368);
    }
}
