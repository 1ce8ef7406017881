namespace SamRL.Agents.Supervised;

/// <summary>
/// A task's training hyper-parameters as the authors ran it (SAM_STM_REFERENCE §4.0–§4.7): these are the defaults of
/// a supervised run.
/// </summary>
/// <param name="Optimizer">RMSprop or Adam.</param>
/// <param name="LearningRate">1e-4 for every task (the authors' command-line default).</param>
/// <param name="RmsPropAlpha">RMSprop's smoothing constant: 0.95 in <c>run_toys.py</c>, PyTorch's 0.99 in <c>run_nar.py</c>.</param>
/// <param name="Momentum">RMSprop's momentum (0.9).</param>
/// <param name="BatchSize">Sequences per iteration (128).</param>
/// <param name="Iterations">Training iterations (the task JSON's <c>iter</c>).</param>
/// <param name="EvaluateEvery">Iterations between validations.</param>
public sealed record SupervisedProtocol(
    OptimizerKind Optimizer,
    double LearningRate,
    double RmsPropAlpha,
    double Momentum,
    int BatchSize,
    long Iterations,
    long EvaluateEvery)
{
    /// <summary>Gradient values are clipped to ±10 (<c>-clip_grad 10</c>).</summary>
    public const double GradientClip = 10;

    /// <summary>Training loss and metric are logged as means over this many iterations (<c>-freq_val 200</c>).</summary>
    public const int LogEvery = 200;
}
