using System.Runtime.Intrinsics;

namespace SamRL.Memory;

/// <summary>
/// s · X + L · R for one n×p matrix X, n×k L and k×p R with a small k (STM's transfer, relational write and
/// read-back: k = 1 to N + 1), forward and backward, as float32 SIMD loops over rows; p a multiple of 16.
/// </summary>
/// <remarks>
/// Written by hand because libtorch's <c>baddbmm</c> with such a k first copies X into the result and then hands
/// the batched product to MKL's small-matrix path, and its backward reads the output gradient once per factor; a
/// learned s adds a multiplication forward and two passes backward. Here each row is read and written once per pass.
/// </remarks>
internal static unsafe class LowRankUpdateKernel
{
    /// <summary>output = scale · input + left · right.</summary>
    public static void Forward(int n, int p, int k, float* input, float scale, float* left, float* right, float* output)
    {
        var s = Vector512.Create(scale);
        for (int i = 0; i < n; i++)
        {
            float* l = left + i * k;
            for (int j = 0; j < p; j += 16)
            {
                var sum = s * Vector512.Load(input + i * p + j);
                for (int m = 0; m < k; m++)
                    sum = Vector512.FusedMultiplyAdd(Vector512.Create(l[m]), Vector512.Load(right + m * p + j), sum);
                sum.Store(output + i * p + j);
            }
        }
    }

    /// <summary>
    /// Given the output gradient g: writes dL = g · Rᵀ, adds Lᵀ · g into dR (zeroed by the caller), writes scale · g
    /// into <paramref name="inputGrad"/> unless it is null (the gradient then is g itself) and returns Σ g ⊙ input when
    /// <paramref name="input"/> is given (the gradient of a learned scale).
    /// </summary>
    public static double Backward(int n, int p, int k, float* grad, float* input, float scale, float* left, float* right,
        float* inputGrad, float* leftGrad, float* rightGrad)
    {
        var s = Vector512.Create(scale);
        double scaleGrad = 0;
        for (int i = 0; i < n; i++)
        {
            float* g = grad + i * p, l = left + i * k;
            var scaleSum = Vector512<float>.Zero;
            for (int j = 0; j < p; j += 16)
            {
                var gj = Vector512.Load(g + j);
                if (inputGrad != null) (s * gj).Store(inputGrad + i * p + j);
                if (input != null) scaleSum = Vector512.FusedMultiplyAdd(gj, Vector512.Load(input + i * p + j), scaleSum);
                for (int m = 0; m < k; m++)
                    Vector512.FusedMultiplyAdd(Vector512.Create(l[m]), gj, Vector512.Load(rightGrad + m * p + j)).Store(rightGrad + m * p + j);
            }
            for (int m = 0; m < k; m++)
            {
                var dot = Vector512<float>.Zero;
                for (int j = 0; j < p; j += 16)
                    dot = Vector512.FusedMultiplyAdd(Vector512.Load(g + j), Vector512.Load(right + m * p + j), dot);
                leftGrad[i * k + m] = Vector512.Sum(dot);
            }
            scaleGrad += Vector512.Sum(scaleSum);
        }
        return scaleGrad;
    }
}
