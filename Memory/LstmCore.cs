using TorchSharp;
using TorchSharp.Modules;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>
/// An LSTM cell as a recurrent core: state (<c>h</c>, <c>c</c>), output <c>h</c>. The initial state is zeros,
/// as in the A3C baselines. <see cref="RecurrentCore.OutputSize"/> equals the hidden size.
/// </summary>
public sealed class LstmCore : RecurrentCore
{
    /// <summary>State tensor names.</summary>
    public const string HiddenName = "h", CellName = "c";

    private static readonly string[] StateNames = [HiddenName, CellName];

    private readonly LSTMCell cell;

    /// <summary>Creates an LSTM core with TorchSharp's default initialisation, on <paramref name="device"/> (CPU when null).</summary>
    public LstmCore(long inputSize, long hiddenSize, Device? device = null) : base(nameof(LstmCore), inputSize, hiddenSize)
    {
        cell = nn.LSTMCell(inputSize, hiddenSize);
        RegisterComponents();
        this.to(MemoryDevice.Resolve(device));
    }

    /// <summary>The underlying TorchSharp cell (weights <c>weight_ih</c>, <c>weight_hh</c>, <c>bias_ih</c>, <c>bias_hh</c>).</summary>
    public LSTMCell Cell => cell;

    /// <inheritdoc />
    public override RecurrentState InitialState(long batchSize)
    {
        CheckBatchSize(batchSize);
        var device = cell.weight_ih!.device;
        var dtype = cell.weight_ih!.dtype;
        return new RecurrentState(StateNames,
            [zeros(batchSize, OutputSize, dtype, device), zeros(batchSize, OutputSize, dtype, device)]);
    }

    /// <summary>The four gates' pre-activations from the input: 4 × hidden size.</summary>
    public override long ProjectedInputSize => 4 * OutputSize;

    /// <summary>W_ih·x + b_ih for inputs <c>[B, InputSize]</c>: the gates' share that does not depend on the state.</summary>
    public override Tensor ProjectInput(Tensor inputs) => nn.functional.linear(inputs, cell.weight_ih!, cell.bias_ih);

    /// <summary>
    /// One step, as TorchSharp's <c>LSTMCell</c> computes it on the CPU (i, f, g, o gates from W_ih·x + b_ih +
    /// W_hh·h + b_hh), written out so that the input product can be split off (<see cref="ProjectInput"/>).
    /// </summary>
    protected override (Tensor Output, RecurrentState State) StepCore(Tensor input, RecurrentState state)
    {
        using var scope = NewDisposeScope();
        var (h, c) = CellUpdate(ProjectInput(input), state, deferRecurrentWeightGradients: false);
        return (h.alias().MoveToOuterDisposeScope(), new RecurrentState(StateNames, [h.MoveToOuterDisposeScope(), c.MoveToOuterDisposeScope()]));
    }

    /// <inheritdoc />
    protected override (Tensor[] ReadoutInputs, RecurrentState State) AdvanceProjectedCore(Tensor projectedInput, RecurrentState state, bool deferRecurrentWeightGradients)
    {
        using var scope = NewDisposeScope();
        var (h, c) = CellUpdate(projectedInput, state, deferRecurrentWeightGradients);
        return ([h.alias().MoveToOuterDisposeScope()], new RecurrentState(StateNames, [h.MoveToOuterDisposeScope(), c.MoveToOuterDisposeScope()]));
    }

    /// <inheritdoc />
    protected override (Tensor[] ReadoutInputs, RecurrentState State) AdvanceCore(Tensor input, RecurrentState state)
    {
        using var projected = ProjectInput(input);
        return AdvanceProjectedCore(projected, state, deferRecurrentWeightGradients: false);
    }

    /// <summary>W_hh·h + b_hh over the hidden states <c>h</c> of <paramref name="states"/>, stacked, with autograd into W_hh and b_hh only.</summary>
    public override Tensor RecurrentProduct(IReadOnlyList<RecurrentState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        if (states.Count == 0) throw new ArgumentException("expected at least one state", nameof(states));
        using var hidden = cat(states.Select(state => state[HiddenName].detach()).ToArray(), 0);
        return nn.functional.linear(hidden, cell.weight_hh!, cell.bias_hh);
    }

    private (Tensor H, Tensor C) CellUpdate(Tensor projectedInput, RecurrentState state, bool deferRecurrentWeightGradients)
    {
        using var weight = deferRecurrentWeightGradients ? cell.weight_hh!.detach() : cell.weight_hh!.alias();
        using var bias = deferRecurrentWeightGradients ? cell.bias_hh!.detach() : cell.bias_hh!.alias();
        var gates = nn.functional.linear(state[HiddenName], weight, bias).add_(projectedInput, One).chunk(4, 1);
        var c = (gates[1].sigmoid() * state[CellName]).addcmul_(gates[0].sigmoid(), gates[2].tanh(), One);
        return (gates[3].sigmoid() * c.tanh(), c);
    }
}
