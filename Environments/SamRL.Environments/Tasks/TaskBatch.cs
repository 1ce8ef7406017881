namespace SamRL.Environments.Tasks;

/// <summary>
/// One supervised batch of a sequence task. The model reads <see cref="Inputs"/> one row per step
/// (time-major [T, B, D_in]); the prediction for output step k is taken from the model's output at input
/// step <see cref="OutputStart"/> + k. Decoding steps (if any) have all-zero input rows.
/// </summary>
public abstract class TaskBatch
{
    /// <summary>Initialises the shared part of a batch and validates it.</summary>
    /// <exception cref="ArgumentException">The output window does not fit in the input sequence, or the mask has the wrong length.</exception>
    protected TaskBatch(TimeMajorArray inputs, int outputStart, int outputSteps, float[] mask)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(mask);
        if (outputSteps <= 0 || outputStart < 0 || outputStart + outputSteps > inputs.Steps)
        {
            throw new ArgumentException(
                $"Expected an output window [{outputStart}, {outputStart + outputSteps}) inside the {inputs.Steps} input steps.",
                nameof(outputStart));
        }

        if (mask.Length != outputSteps * inputs.BatchSize)
        {
            throw new ArgumentException(
                $"Expected a mask of {outputSteps * inputs.BatchSize} entries ([T_out, B]), got {mask.Length}.", nameof(mask));
        }

        Inputs = inputs;
        OutputStart = outputStart;
        OutputSteps = outputSteps;
        Mask = mask;
    }

    /// <summary>Input rows, [T, B, D_in], time-major.</summary>
    public TimeMajorArray Inputs { get; }

    /// <summary>The input step whose model output is the prediction for output step 0.</summary>
    public int OutputStart { get; }

    /// <summary>Number of output steps T_out.</summary>
    public int OutputSteps { get; }

    /// <summary>Number of sequences B.</summary>
    public int BatchSize => Inputs.BatchSize;

    /// <summary>[T_out, B] weights: 1 where an output step counts in the loss and metric, 0 for padding.</summary>
    public float[] Mask { get; }
}
