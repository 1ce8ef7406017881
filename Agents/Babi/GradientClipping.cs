using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Agents.Babi;

/// <summary>Global-norm gradient clipping as PyTorch's <c>clip_grad_norm_</c>.</summary>
public static class GradientClipping
{
    /// <summary>
    /// Scales the gradients of <paramref name="parameters"/> (those that have one) by
    /// maxNorm / (‖g‖ + 1e-6) when their global L2 norm ‖g‖ exceeds <paramref name="maxNorm"/>; returns ‖g‖.
    /// </summary>
    public static double ClipGlobalNorm(IEnumerable<Parameter> parameters, double maxNorm)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var gradients = parameters.Select(p => p.grad).OfType<Tensor>().ToArray();
        if (gradients.Length == 0)
        {
            return 0;
        }

        double squares = 0;
        foreach (var gradient in gradients)
        {
            using var norm = gradient.norm();
            var value = norm.item<float>();
            squares += (double)value * value;
        }

        var total = Math.Sqrt(squares);
        var coefficient = maxNorm / (total + 1e-6);
        if (coefficient < 1)
        {
            using var scale = coefficient.ToScalar();
            foreach (var gradient in gradients)
            {
                gradient.mul_(scale);
            }
        }

        return total;
    }
}
