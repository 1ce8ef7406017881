using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// The SAM authors' <c>NormalizedEnv</c> (reference §3.1 step 7): keeps exponential moving averages, with
/// factor <see cref="Alpha"/>, of each observation's mean and (population) standard deviation, corrects
/// both for their zero start by <c>1 / (1 − α^n)</c> after <c>n</c> observations, and returns
/// <c>(x − mean) / (std + 1e−8)</c>. Reset and step observations both count; the statistics survive resets.
/// </summary>
/// <typeparam name="TAction">Action type, passed through.</typeparam>
public sealed class RunningNormalizationWrapper<TAction> : EnvWrapper<float, TAction>
{
    private const double Epsilon = 1e-8;

    private readonly float[] output;
    private double meanAverage;
    private double standardDeviationAverage;
    private double alphaPower = 1.0;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The environment whose observations are normalised.</param>
    /// <param name="alpha">The averaging factor in <c>(0, 1)</c>; the authors use 0.9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is not in <c>(0, 1)</c>.</exception>
    public RunningNormalizationWrapper(IEnv<float, TAction> inner, double alpha = 0.9999)
        : base(inner)
    {
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The averaging factor must lie strictly between 0 and 1.");
        }

        Alpha = alpha;
        output = new float[inner.ObservationSpace.Shape.ElementCount];
        ObservationSpace = new BoxSpace<float>(float.NegativeInfinity, float.PositiveInfinity, inner.ObservationSpace.Shape);
    }

    /// <summary>The averaging factor α.</summary>
    public double Alpha { get; }

    /// <summary>How many observations the statistics have seen.</summary>
    public long Count { get; private set; }

    /// <summary>The bias-corrected running mean used for the last observation.</summary>
    public double Mean => meanAverage / (1.0 - alphaPower);

    /// <summary>The bias-corrected running standard deviation used for the last observation.</summary>
    public double StandardDeviation => standardDeviationAverage / (1.0 - alphaPower);

    /// <inheritdoc />
    public override IArraySpace<float> ObservationSpace { get; }

    /// <inheritdoc />
    public override ResetResult<float> Reset(ulong? seed = null)
    {
        var result = Inner.Reset(seed);
        return new ResetResult<float>(Normalize(result.Observation), result.Info);
    }

    /// <inheritdoc />
    public override StepResult<float> Step(TAction action)
    {
        var result = Inner.Step(action);
        return new StepResult<float>(Normalize(result.Observation), result.Reward, result.Terminated, result.Truncated, result.Info);
    }

    private ReadOnlySpan<float> Normalize(ReadOnlySpan<float> observation)
    {
        ObservationChecks.EnsureLength(observation, output.Length, Inner);
        var sum = 0.0;
        foreach (var value in observation)
        {
            sum += value;
        }

        var frameMean = sum / observation.Length;
        var squares = 0.0;
        foreach (var value in observation)
        {
            var deviation = value - frameMean;
            squares += deviation * deviation;
        }

        var frameStandardDeviation = Math.Sqrt(squares / observation.Length);
        Count++;
        alphaPower *= Alpha;
        meanAverage = (meanAverage * Alpha) + (frameMean * (1 - Alpha));
        standardDeviationAverage = (standardDeviationAverage * Alpha) + (frameStandardDeviation * (1 - Alpha));

        var mean = Mean;
        var inverseScale = 1.0 / (StandardDeviation + Epsilon);
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = (float)((observation[i] - mean) * inverseScale);
        }

        return output;
    }
}
