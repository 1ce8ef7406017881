using SamRL.Memory;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SamRL.Agents.Supervised;

/// <summary>
/// The task's optimiser (SAM_STM_REFERENCE §4.0): RMSprop with the protocol's smoothing constant and momentum, or
/// Adam (β = 0.9, 0.999), both with ε = 1e-8, at a learning rate given per step.
/// </summary>
/// <remarks>
/// The moments live in TorchSharp's own <c>RMSProp</c> / <c>Adam</c>, whose <see cref="Checkpointed"/> state format
/// the checkpoints keep, but the update is done here, with the same arithmetic as their <c>step()</c>: theirs passes
/// temporary scalars to libtorch, which a collection on another thread can free during the call
/// (<see cref="KeptScalars"/>). Every scalar here is a field or lives to the end of the step.
/// </remarks>
internal sealed class SupervisedOptimizer : IDisposable
{
    private const double Epsilon = 1e-8;
    private const double AdamBeta1 = 0.9;
    private const double AdamBeta2 = 0.999;

    private readonly OptimizerKind kind;
    private readonly Parameter[] parameters;
    private readonly OptimizerHelper torchOptimizer;
    private readonly OptimizerState[] states;
    private readonly double decay1;
    private readonly double decay2;
    private readonly double momentum;
    private readonly Scalar decay1Scalar;
    private readonly Scalar decay1Complement;
    private readonly Scalar decay2Scalar;
    private readonly Scalar decay2Complement;
    private readonly Scalar momentumScalar;
    private readonly Scalar epsilon = Epsilon.ToScalar();

    /// <summary>The optimiser of <paramref name="protocol"/> over <paramref name="parameters"/>.</summary>
    public SupervisedOptimizer(IEnumerable<Parameter> parameters, SupervisedProtocol protocol, double learningRate)
    {
        this.parameters = parameters.ToArray();
        kind = protocol.Optimizer;
        (decay1, decay2, momentum) = kind == OptimizerKind.Adam ? (AdamBeta1, AdamBeta2, 0.0) : (protocol.RmsPropAlpha, 0.0, protocol.Momentum);
        torchOptimizer = kind == OptimizerKind.Adam
            ? optim.Adam(this.parameters, learningRate, AdamBeta1, AdamBeta2, Epsilon)
            : optim.RMSProp(this.parameters, learningRate, alpha: decay1, eps: Epsilon, momentum: momentum);
        states = torchOptimizer.state_dict().State.ToArray();
        decay1Scalar = decay1.ToScalar();
        decay1Complement = (1 - decay1).ToScalar();
        decay2Scalar = decay2.ToScalar();
        decay2Complement = (1 - decay2).ToScalar();
        momentumScalar = momentum.ToScalar();
    }

    /// <summary>TorchSharp's optimiser that holds the moments: what a checkpoint saves and loads.</summary>
    public OptimizerHelper Checkpointed => torchOptimizer;

    /// <summary>Clears every gradient.</summary>
    public void ZeroGrad() => torchOptimizer.zero_grad();

    /// <summary>One update of every parameter that has a gradient, with <paramref name="learningRate"/>.</summary>
    public void Step(double learningRate)
    {
        using var noGrad = no_grad();
        for (int i = 0; i < parameters.Length; i++)
        {
            using var gradient = parameters[i].grad;
            if (gradient is null) continue;
            if (kind == OptimizerKind.Adam) AdamUpdate(parameters[i], gradient, (Adam.State)states[i], learningRate);
            else RmsPropUpdate(parameters[i], gradient, (RMSProp.State)states[i], learningRate);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        torchOptimizer.Dispose();
        foreach (var scalar in (Scalar[])[decay1Scalar, decay1Complement, decay2Scalar, decay2Complement, momentumScalar, epsilon])
        {
            scalar.Dispose();
        }
    }

    private void RmsPropUpdate(Parameter parameter, Tensor gradient, RMSProp.State state, double learningRate)
    {
        state.step += 1;
        state.square_avg.mul_(decay1Scalar).addcmul_(gradient, gradient, decay1Complement);
        using var denominator = state.square_avg.sqrt().add_(epsilon, KeptScalars.One);
        using var step = (-learningRate).ToScalar();
        if (momentum > 0)
        {
            state.momentum_buffer.mul_(momentumScalar).addcdiv_(gradient, denominator, KeptScalars.One);
            parameter.add_(state.momentum_buffer, step);
        }
        else
        {
            parameter.addcdiv_(gradient, denominator, step);
        }
    }

    private void AdamUpdate(Parameter parameter, Tensor gradient, Adam.State state, double learningRate)
    {
        state.step += 1;
        double firstCorrection = 1 - Math.Pow(decay1, state.step);
        double secondCorrection = Math.Sqrt(1 - Math.Pow(decay2, state.step));
        state.exp_avg.mul_(decay1Scalar).add_(gradient, decay1Complement);
        state.exp_avg_sq.mul_(decay2Scalar).addcmul_(gradient, gradient, decay2Complement);
        using var correction = secondCorrection.ToScalar();
        using var denominator = state.exp_avg_sq.sqrt().div_(correction).add_(epsilon, KeptScalars.One);
        using var step = (-learningRate / firstCorrection).ToScalar();
        parameter.addcdiv_(state.exp_avg, denominator, step);
    }
}
