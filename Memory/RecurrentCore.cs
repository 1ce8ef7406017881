using TorchSharp;
using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>
/// Base class for TorchSharp recurrent cores: a module whose <c>forward(input, state)</c> is one step,
/// with the sequence API and argument checks written once for every core.
/// </summary>
public abstract class RecurrentCore : nn.Module<Tensor, RecurrentState, (Tensor Output, RecurrentState State)>, IRecurrentCore
{
    /// <summary>Creates the core; derived classes call <c>RegisterComponents()</c> once their modules exist.</summary>
    protected RecurrentCore(string name, long inputSize, long outputSize) : base(name)
    {
        if (inputSize <= 0) throw new ArgumentOutOfRangeException(nameof(inputSize), inputSize, "expected a positive input width");
        if (outputSize <= 0) throw new ArgumentOutOfRangeException(nameof(outputSize), outputSize, "expected a positive output width");
        InputSize = inputSize;
        OutputSize = outputSize;
    }

    /// <inheritdoc />
    public long InputSize { get; }

    /// <inheritdoc />
    public long OutputSize { get; }

    /// <inheritdoc />
    public abstract RecurrentState InitialState(long batchSize);

    /// <summary>The step itself, called after the arguments are checked.</summary>
    protected abstract (Tensor Output, RecurrentState State) StepCore(Tensor input, RecurrentState state);

    /// <inheritdoc />
    public (Tensor Output, RecurrentState State) Step(Tensor input, RecurrentState state) => forward(input, state);

    /// <summary>One step (TorchSharp's module entry point); see <see cref="Step"/>.</summary>
    public override (Tensor Output, RecurrentState State) forward(Tensor input, RecurrentState state)
    {
        CheckStep(input, state, InputSize);
        return StepCore(input, state);
    }

    private static void CheckStep(Tensor input, RecurrentState state, long width)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        if (input.dim() != 2 || input.shape[1] != width)
            throw new ArgumentException($"expected input of shape [B, {width}]; got [{string.Join(",", input.shape)}]", nameof(input));
        if (input.shape[0] != state.BatchSize)
            throw new ArgumentException($"input batch {input.shape[0]} does not match state batch {state.BatchSize}", nameof(state));
    }

    /// <summary>
    /// The recurrent half of a step: the next state and the readout inputs, from which <see cref="Readout"/> gives the
    /// step's output. <c>Step(x, s)</c> is <c>Readout(Advance(x, s).ReadoutInputs)</c> with <c>Advance(x, s).State</c>.
    /// Because the readout never feeds back into the state, a trainer can run it once over a whole segment, stacking
    /// each readout input of the T steps along the batch axis, which turns T products with a large weight matrix at
    /// batch B into one at batch T·B (the A3C rollout does). The default readout input is <see cref="Step"/>'s output
    /// and the readout the identity; cores with an expensive readout (STM's distillation and head) override both.
    /// </summary>
    public (Tensor[] ReadoutInputs, RecurrentState State) Advance(Tensor input, RecurrentState state)
    {
        CheckStep(input, state, InputSize);
        return AdvanceCore(input, state);
    }

    /// <summary>Width of <see cref="ProjectInput"/>'s output: <see cref="InputSize"/> unless the core projects its input.</summary>
    public virtual long ProjectedInputSize => InputSize;

    /// <summary>
    /// The part of a step that reads the input alone: a row-wise map of inputs <c>[B, InputSize]</c> (any B) to
    /// <c>[B, ProjectedInputSize]</c>, which <see cref="AdvanceProjected"/> continues from, so that
    /// <c>Advance(x, s)</c> is <c>AdvanceProjected(ProjectInput(x), s)</c>. A trainer can run it over many steps at
    /// once, which makes its weight gradient one product (the A3C rollout does, for the LSTM's input weights).
    /// The default is the identity; the LSTM's is its input product W_ih·x + b_ih.
    /// </summary>
    public virtual Tensor ProjectInput(Tensor inputs) => inputs.alias();

    /// <summary>
    /// <see cref="Advance"/> from an input already mapped by <see cref="ProjectInput"/> (<c>[B, ProjectedInputSize]</c>).
    /// With <paramref name="deferRecurrentWeightGradients"/>, the weights of the core's <see cref="RecurrentProduct"/>
    /// get no gradient from this step (the gradient still flows through the product into the state); the caller
    /// then forms them once for many steps, as <see cref="RecurrentProduct"/> describes.
    /// </summary>
    public (Tensor[] ReadoutInputs, RecurrentState State) AdvanceProjected(Tensor projectedInput, RecurrentState state, bool deferRecurrentWeightGradients = false)
    {
        CheckStep(projectedInput, state, ProjectedInputSize);
        return AdvanceProjectedCore(projectedInput, state, deferRecurrentWeightGradients);
    }

    /// <summary><see cref="AdvanceProjected"/> after the arguments are checked; by default <see cref="AdvanceCore"/> (the identity projection, no recurrent product).</summary>
    protected virtual (Tensor[] ReadoutInputs, RecurrentState State) AdvanceProjectedCore(Tensor projectedInput, RecurrentState state, bool deferRecurrentWeightGradients) =>
        AdvanceCore(projectedInput, state);

    /// <summary>
    /// The product of the core's recurrent weights with the states that T steps started from, stacked along the batch
    /// axis: <c>[T·B, ProjectedInputSize]</c>, with autograd into the weights only; null for a core without one (the
    /// default). The LSTM's is W_hh·h + b_hh. A step adds its recurrent product to its projected input, so the
    /// gradient of the product equals the gradient of the projected input: after steps advanced with deferred
    /// recurrent weight gradients, back-propagating the projected inputs' gradients through this product gives the
    /// weights exactly what the steps left out, as one product over T·B rows instead of T products over B rows.
    /// </summary>
    public virtual Tensor? RecurrentProduct(IReadOnlyList<RecurrentState> states) => null;

    /// <summary>The output <c>[B, OutputSize]</c> for readout inputs (each <c>[B, ...]</c>) from <see cref="Advance"/>, row by row (any B).</summary>
    public virtual Tensor Readout(IReadOnlyList<Tensor> readoutInputs)
    {
        CheckReadoutInputs(readoutInputs, 1);
        return readoutInputs[0].alias();
    }

    /// <summary>
    /// The readout inputs of T steps (each step's from <see cref="Advance"/>) stacked along the batch axis: one
    /// <c>[T·B, ...]</c> tensor per readout input, step after step, for one <see cref="Readout"/> of all the steps.
    /// </summary>
    public static Tensor[] StackReadoutInputs(IReadOnlyList<Tensor[]> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0) throw new ArgumentException("expected at least one step", nameof(steps));
        var stacked = new Tensor[steps[0].Length];
        var column = new Tensor[steps.Count];
        for (int k = 0; k < stacked.Length; k++)
        {
            for (int t = 0; t < steps.Count; t++)
            {
                if (steps[t].Length != stacked.Length)
                    throw new ArgumentException($"step {t} has {steps[t].Length} readout inputs, step 0 has {stacked.Length}", nameof(steps));
                column[t] = steps[t][k];
            }
            stacked[k] = cat(column, 0);
        }
        return stacked;
    }

    /// <summary><see cref="Advance"/> after the arguments are checked; by default the whole step.</summary>
    protected virtual (Tensor[] ReadoutInputs, RecurrentState State) AdvanceCore(Tensor input, RecurrentState state)
    {
        var (output, next) = StepCore(input, state);
        return ([output], next);
    }

    /// <summary>Throws unless <paramref name="readoutInputs"/> holds <paramref name="count"/> tensors.</summary>
    protected static void CheckReadoutInputs(IReadOnlyList<Tensor> readoutInputs, int count)
    {
        ArgumentNullException.ThrowIfNull(readoutInputs);
        if (readoutInputs.Count != count)
            throw new ArgumentException($"expected {count} readout input(s), as Advance returns; got {readoutInputs.Count}", nameof(readoutInputs));
    }

    /// <inheritdoc />
    public (Tensor Outputs, RecurrentState State) Sequence(Tensor inputs, RecurrentState? state = null)
    {
        CheckSequenceInputs(inputs);
        var current = state ?? InitialState(inputs.shape[1]);
        var outputs = new Tensor[inputs.shape[0]];
        for (long t = 0; t < inputs.shape[0]; t++)
        {
            using var input = inputs[t];
            var (output, next) = Step(input, current);
            if (!ReferenceEquals(current, state)) current.Dispose();
            outputs[t] = output;
            current = next;
        }
        var stacked = stack(outputs);
        foreach (var output in outputs) output.Dispose();
        return (stacked, current);
    }

    /// <inheritdoc />
    public virtual (Tensor Output, RecurrentState State) SequenceToLast(Tensor inputs, RecurrentState? state = null)
    {
        CheckSequenceInputs(inputs);
        var current = state ?? InitialState(inputs.shape[1]);
        Tensor? last = null;
        for (long t = 0; t < inputs.shape[0]; t++)
        {
            using var input = inputs[t];
            var (output, next) = Step(input, current);
            if (!ReferenceEquals(current, state)) current.Dispose();
            last?.Dispose();
            last = output;
            current = next;
        }
        return (last!, current);
    }

    /// <summary>Checks that <paramref name="inputs"/> is <c>[T, B, InputSize]</c> with T &gt; 0.</summary>
    protected void CheckSequenceInputs(Tensor inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.dim() != 3 || inputs.shape[2] != InputSize || inputs.shape[0] == 0)
            throw new ArgumentException($"expected inputs of shape [T, B, {InputSize}] with T > 0; got [{string.Join(",", inputs.shape)}]", nameof(inputs));
    }

    /// <summary>Throws unless <paramref name="batchSize"/> is positive.</summary>
    protected static void CheckBatchSize(long batchSize)
    {
        if (batchSize <= 0) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "expected a positive batch size");
    }
}
