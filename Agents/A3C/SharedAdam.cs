using TorchSharp;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Agents.A3C;

/// <summary>
/// Adam with optional AMSGrad over the shared model's parameters, exactly as the authors' <c>SharedAdam</c>
/// (dgriff777's A3C, SAM_STM_REFERENCE §3.6): per parameter p with gradient g and its own step count t,
/// m ← β1 m + (1−β1) g; v ← β2 v + (1−β2) g²; v̂ ← max(v̂, v) (AMSGrad, else v̂ = v);
/// p ← p − lr·√(1−β2^t)/(1−β1^t) · m / (√v̂ + ε).
/// The statistics are shared by all workers; callers serialise <see cref="Step"/> (see <see cref="SharedLearner"/>).
/// Parameters whose gradient is missing (unused by the loss) are skipped and keep their step count.
/// The parameters are read from the model at each step (never cached: moving a module replaces them).
/// </summary>
internal sealed class SharedAdam : IDisposable
{
    private readonly nn.Module model;
    private readonly Tensor[] firstMoments;
    private readonly Tensor[] secondMoments;
    private readonly Tensor[] maxSecondMoments;
    private readonly long[] steps;
    private readonly double learningRate, beta1, beta2;
    private readonly Scalar beta1Scalar, beta1Complement, beta2Scalar, beta2Complement, epsilon; // kept for libtorch (KeptScalars)
    private readonly bool amsGrad;

    public SharedAdam(nn.Module model, double learningRate, double beta1, double beta2, double epsilon, bool amsGrad)
    {
        this.model = model;
        var parameters = model.parameters().ToArray();
        firstMoments = parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        secondMoments = parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        maxSecondMoments = parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        steps = new long[parameters.Length];
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        beta1Scalar = beta1.ToScalar();
        beta1Complement = (1 - beta1).ToScalar();
        beta2Scalar = beta2.ToScalar();
        beta2Complement = (1 - beta2).ToScalar();
        this.epsilon = epsilon.ToScalar();
        this.amsGrad = amsGrad;
    }

    /// <summary>The per-parameter step counts.</summary>
    public IReadOnlyList<long> Steps => steps;

    /// <summary>The optimiser's state tensors in a fixed order (m, v, v̂ of each parameter), for checkpoints.</summary>
    public IEnumerable<Tensor> StateTensors()
    {
        for (int i = 0; i < steps.Length; i++)
        {
            yield return firstMoments[i];
            yield return secondMoments[i];
            yield return maxSecondMoments[i];
        }
    }

    /// <summary>Restores the step counts (the state tensors are restored in place through <see cref="StateTensors"/>).</summary>
    public void RestoreSteps(IReadOnlyList<long> savedSteps)
    {
        if (savedSteps.Count != steps.Length)
            throw new ArgumentException($"the checkpoint has step counts for {savedSteps.Count} parameters; this model has {steps.Length}", nameof(savedSteps));
        for (int i = 0; i < steps.Length; i++) steps[i] = savedSteps[i];
    }

    /// <summary>Applies one update to the shared parameters with <paramref name="gradients"/> (one per parameter, null = none).</summary>
    public void Step(IReadOnlyList<Tensor?> gradients)
    {
        if (gradients.Count != steps.Length)
            throw new ArgumentException($"expected {steps.Length} gradients; got {gradients.Count}", nameof(gradients));
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        int i = 0;
        foreach (var parameter in model.parameters())
        {
            Update(i, parameter, gradients[i]);
            i++;
        }
    }

    private void Update(int i, Tensor parameter, Tensor? gradient)
    {
        if (gradient is null) return;
        long t = ++steps[i];
        firstMoments[i].mul_(beta1Scalar).add_(gradient, beta1Complement);
        secondMoments[i].mul_(beta2Scalar).addcmul_(gradient, gradient, beta2Complement);
        var second = secondMoments[i];
        if (amsGrad)
        {
            maxSecondMoments[i].copy_(maximum(maxSecondMoments[i], secondMoments[i]));
            second = maxSecondMoments[i];
        }
        var denominator = second.sqrt().add_(epsilon, One);
        using var step = (-learningRate * Math.Sqrt(1 - Math.Pow(beta2, t)) / (1 - Math.Pow(beta1, t))).ToScalar();
        parameter.addcdiv_(firstMoments[i], denominator, step);
    }

    /// <summary>Disposes the optimiser's state tensors.</summary>
    public void Dispose()
    {
        foreach (var tensor in StateTensors()) tensor.Dispose();
        foreach (var scalar in (Scalar[])[beta1Scalar, beta1Complement, beta2Scalar, beta2Complement, epsilon]) scalar.Dispose();
    }
}
