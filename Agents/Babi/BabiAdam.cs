using TorchSharp;
using TorchSharp.Modules;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Agents.Babi;

/// <summary>
/// Adam (PyTorch's <c>torch.optim.Adam</c>, no AMSGrad, no weight decay, ε = 1e-8) with its moments and step counts
/// exposed as tensors, so that a checkpoint stores and restores the optimiser exactly. A parameter without a
/// gradient is skipped and keeps its step count, as in PyTorch.
/// </summary>
public sealed class BabiAdam : IDisposable
{
    private const double Epsilon = 1e-8;

    private readonly Parameter[] parameters;
    private readonly Tensor[] firstMoments;
    private readonly Tensor[] secondMoments;
    private readonly long[] steps;
    private readonly double beta1;
    private readonly double beta2;
    private readonly Scalar beta1Scalar, beta1Complement, beta2Scalar, beta2Complement, epsilon; // kept for libtorch (KeptScalars)

    /// <summary>Creates the optimiser over <paramref name="parameters"/>.</summary>
    public BabiAdam(IEnumerable<Parameter> parameters, double learningRate, double beta1, double beta2)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        this.parameters = parameters.ToArray();
        firstMoments = this.parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        secondMoments = this.parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        steps = new long[this.parameters.Length];
        LearningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        beta1Scalar = beta1.ToScalar();
        beta1Complement = (1 - beta1).ToScalar();
        beta2Scalar = beta2.ToScalar();
        beta2Complement = (1 - beta2).ToScalar();
        epsilon = Epsilon.ToScalar();
    }

    /// <summary>The learning rate of the next steps.</summary>
    public double LearningRate { get; set; }

    /// <summary>Per parameter, the number of steps it has taken.</summary>
    public IReadOnlyList<long> Steps => steps;

    /// <summary>The moment tensors in a fixed order (first moments, then second moments), for checkpoints.</summary>
    public IReadOnlyList<Tensor> StateTensors => [.. firstMoments, .. secondMoments];

    /// <summary>Clears every gradient.</summary>
    public void ZeroGrad()
    {
        foreach (var parameter in parameters)
        {
            parameter.grad?.zero_();
        }
    }

    /// <summary>One Adam step on every parameter that has a gradient.</summary>
    public void Step()
    {
        using var noGrad = no_grad();
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].grad is not { } gradient)
            {
                continue;
            }

            var step = ++steps[i];
            firstMoments[i].mul_(beta1Scalar).add_(gradient, beta1Complement);
            secondMoments[i].mul_(beta2Scalar).addcmul_(gradient, gradient, beta2Complement);
            using var secondCorrection = Math.Sqrt(1 - Math.Pow(beta2, step)).ToScalar();
            using var denominator = secondMoments[i].sqrt().div_(secondCorrection).add_(epsilon, One);
            using var stepSize = (-LearningRate / (1 - Math.Pow(beta1, step))).ToScalar();
            parameters[i].addcdiv_(firstMoments[i], denominator, stepSize);
        }
    }

    /// <summary>Restores moments and step counts saved from an optimiser over the same parameters.</summary>
    /// <exception cref="InvalidDataException">The saved state does not fit these parameters.</exception>
    public void Restore(IReadOnlyList<Tensor> stateTensors, IReadOnlyList<long> stepCounts)
    {
        ArgumentNullException.ThrowIfNull(stateTensors);
        ArgumentNullException.ThrowIfNull(stepCounts);
        var own = StateTensors;
        if (stateTensors.Count != own.Count || stepCounts.Count != steps.Length
            || stateTensors.Zip(own).Any(pair => !pair.First.shape.SequenceEqual(pair.Second.shape)))
        {
            throw new InvalidDataException($"the saved optimiser state does not fit the model's {parameters.Length} trainable parameters.");
        }

        using var noGrad = no_grad();
        for (var i = 0; i < own.Count; i++)
        {
            own[i].copy_(stateTensors[i]);
        }

        stepCounts.ToArray().CopyTo(steps, 0);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var tensor in firstMoments.Concat(secondMoments))
        {
            tensor.Dispose();
        }

        foreach (var scalar in (Scalar[])[beta1Scalar, beta1Complement, beta2Scalar, beta2Complement, epsilon])
        {
            scalar.Dispose();
        }
    }
}
