using TorchSharp;
using TorchSharp.Modules;
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

    /// <inheritdoc />
    protected override (Tensor Output, RecurrentState State) StepCore(Tensor input, RecurrentState state)
    {
        var (h, c) = cell.forward(input, (state[HiddenName], state[CellName]));
        return (h.alias(), new RecurrentState(StateNames, [h, c]));
    }
}
