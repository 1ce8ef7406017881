using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SamRL.Memory;

/// <summary>exp, σ and tanh on 16 floats at a time, for the SIMD kernels.</summary>
/// <remarks>
/// .NET's own <c>Vector512.Exp</c> is accurate to the last bit but takes about 100 cycles per vector here, more than
/// the matrix products it would sit between; this one is the usual range reduction and polynomial, about 15
/// instructions, within 3e-7 relative error (2 to 3 float ulps).
/// </remarks>
internal static class SimdMath
{
    private const float Log2E = 1.44269504f;
    private const float Ln2High = 0.693359375f;   // ln 2 split in two, so that n · Ln2High is exact
    private const float Ln2Low = -2.12194440e-4f;

    /// <summary>
    /// e^x for x in [−80, 80] (arguments outside are clamped there, which σ and tanh below never notice):
    /// e^x = 2^n · e^r with n = round(x / ln 2), |r| ≤ ln 2 / 2, e^r by its Taylor polynomial to r^6.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Exp(Vector512<float> x)
    {
        x = Vector512.Min(Vector512.Max(x, Vector512.Create(-80f)), Vector512.Create(80f));
        var n = Vector512.Round(x * Vector512.Create(Log2E));
        var r = Vector512.FusedMultiplyAdd(n, Vector512.Create(-Ln2High), x);
        r = Vector512.FusedMultiplyAdd(n, Vector512.Create(-Ln2Low), r);
        var p = Vector512.FusedMultiplyAdd(Vector512.Create(1f / 720), r, Vector512.Create(1f / 120));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1f / 24));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(1f / 6));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(0.5f));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<float>.One);
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<float>.One);
        var scale = Vector512.ShiftLeft(Vector512.ConvertToInt32(n), 23);
        return (p.AsInt32() + scale).AsSingle();
    }

    /// <summary>σ(z) = 1 / (1 + e^−z).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Sigmoid(Vector512<float> z) =>
        Vector512<float>.One / (Vector512<float>.One + Exp(-z));

    /// <summary>tanh(x) = 1 − 2 / (e^2x + 1): exactly ±1 beyond |x| ≈ 9; absolute error a few 1e-8 near 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Tanh(Vector512<float> x) =>
        Vector512<float>.One - Vector512.Create(2f) / (Exp(x + x) + Vector512<float>.One);
}
