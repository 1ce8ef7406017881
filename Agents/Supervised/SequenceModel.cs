using static TorchSharp.torch;

namespace SamRL.Agents.Supervised;

/// <summary>
/// A sequence model for the paper's supervised tasks: it reads the encoding rows of a batch, then runs its
/// decoding steps on all-zero inputs, and returns the raw outputs (logits) of the output steps.
/// </summary>
public abstract class SequenceModel : nn.Module
{
    /// <summary>Creates the module; derived classes call <c>RegisterComponents()</c> once their layers exist.</summary>
    protected SequenceModel(string name, long inputWidth, long outputWidth) : base(name)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputWidth);
        InputWidth = inputWidth;
        OutputWidth = outputWidth;
    }

    /// <summary>Width D_in of one input row.</summary>
    public long InputWidth { get; }

    /// <summary>Width D_out of one output step (bits or classes).</summary>
    public long OutputWidth { get; }

    /// <summary>
    /// Runs the model over <paramref name="encoderInputs"/> <c>[T_enc, B, D_in]</c>, continues with all-zero input
    /// rows up to step <paramref name="outputStart"/> + <paramref name="outputSteps"/> − 1, and returns the outputs
    /// at steps <paramref name="outputStart"/> .. <paramref name="outputStart"/> + <paramref name="outputSteps"/> − 1
    /// as <c>[T_out, B, D_out]</c> logits.
    /// </summary>
    /// <exception cref="ArgumentException">The inputs have the wrong shape or the output window ends before the inputs do.</exception>
    public Tensor Predict(Tensor encoderInputs, int outputStart, int outputSteps)
    {
        ArgumentNullException.ThrowIfNull(encoderInputs);
        if (encoderInputs.dim() != 3 || encoderInputs.shape[2] != InputWidth || encoderInputs.shape[0] == 0)
        {
            throw new ArgumentException(
                $"expected encoder inputs of shape [T, B, {InputWidth}] with T > 0; got [{string.Join(",", encoderInputs.shape)}]",
                nameof(encoderInputs));
        }

        if (outputSteps <= 0 || outputStart < 0 || outputStart + outputSteps < encoderInputs.shape[0])
        {
            throw new ArgumentException(
                $"expected an output window [{outputStart}, {outputStart + outputSteps}) that ends at or after the {encoderInputs.shape[0]} encoder steps",
                nameof(outputStart));
        }

        return PredictCore(encoderInputs, outputStart, outputSteps);
    }

    /// <summary>The model's computation, called after <see cref="Predict"/> checked its arguments.</summary>
    protected abstract Tensor PredictCore(Tensor encoderInputs, int outputStart, int outputSteps);
}
