using SamRL.Memory;
using static TorchSharp.torch;

namespace SamRL.Agents.Supervised;

/// <summary>
/// Input map + recurrent core, driven one step at a time as the authors' <c>run_toys.py</c> does: the core reads
/// the encoding rows, then all-zero rows for the decoding steps, and its output at each output step is the
/// prediction. The core's output already is the head (STM's MLP head; the LSTM baseline's Linear).
/// </summary>
public sealed class RecurrentSequenceModel : SequenceModel
{
    private readonly nn.Module<Tensor, Tensor>? inputMap;
    private readonly RecurrentCore core;

    /// <summary>
    /// Creates the model. <paramref name="inputMap"/> (null = identity) maps <paramref name="inputWidth"/>-wide rows to
    /// the core's input width; it must map an all-zero row to zero, since decoding rows bypass it.
    /// </summary>
    public RecurrentSequenceModel(string name, long inputWidth, nn.Module<Tensor, Tensor>? inputMap, RecurrentCore core)
        : base(name, inputWidth, core?.OutputSize ?? 1)
    {
        ArgumentNullException.ThrowIfNull(core);
        if (inputMap is null && core.InputSize != inputWidth)
        {
            throw new ArgumentException($"the core reads {core.InputSize}-wide rows but the inputs are {inputWidth} wide and there is no input map", nameof(core));
        }

        this.inputMap = inputMap;
        this.core = core;
        if (inputMap is not null)
        {
            register_module("embedding", inputMap);
        }

        register_module("core", core);
    }

    /// <summary>The recurrent core.</summary>
    public RecurrentCore Core => core;

    /// <inheritdoc />
    protected override Tensor PredictCore(Tensor encoderInputs, int outputStart, int outputSteps)
    {
        using var scope = NewDisposeScope();
        long encodingSteps = encoderInputs.shape[0], batch = encoderInputs.shape[1];
        var mapped = inputMap is null ? encoderInputs : inputMap.forward(encoderInputs);
        var zeroRow = zeros(batch, core.InputSize, mapped.dtype, mapped.device);

        // Steps 0..outputStart in one call, so that cores may skip work whose output is never read (STM's distillation).
        long prefixEncoded = Math.Min(encodingSteps, outputStart + 1L);
        var prefix = mapped.narrow(0, 0, prefixEncoded);
        if (prefixEncoded < outputStart + 1L)
        {
            prefix = cat([prefix, zeroRow.unsqueeze(0).expand(outputStart + 1L - prefixEncoded, batch, core.InputSize)]);
        }

        var (first, state) = core.SequenceToLast(prefix);
        var outputs = new Tensor[outputSteps];
        outputs[0] = first;
        for (int k = 1; k < outputSteps; k++)
        {
            long step = outputStart + k;
            var (output, next) = core.Step(step < encodingSteps ? mapped[step] : zeroRow, state);
            state = next;
            outputs[k] = output;
        }

        return stack(outputs).MoveToOuterDisposeScope();
    }
}
