using SamRL.Memory;
using TorchSharp;
using TorchSharp.Modules;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Agents.Supervised;

/// <summary>
/// The authors' LSTM baseline for the supervised tasks (<c>LSTMBaseline</c>, SAM_STM_REFERENCE §4.0): one LSTM layer
/// of 512 units whose initial h and c are learned, and a Linear output layer. Initialised as theirs: LSTM weights
/// U(±5/√(D_in + H)), LSTM biases 0, initial h and c N(0, 0.05²), the output layer PyTorch's default.
/// </summary>
public sealed class LstmBaseline : RecurrentCore
{
    /// <summary>The paper's hidden width (2 × the controller size 256).</summary>
    public const long DefaultHiddenSize = 512;

    private static readonly string[] StateNames = [LstmCore.HiddenName, LstmCore.CellName];

    private readonly LSTMCell cell;
    private readonly Parameter initialHidden;
    private readonly Parameter initialCell;
    private readonly Linear output;

    /// <summary>Creates the baseline <paramref name="inputSize"/> → <paramref name="hiddenSize"/> → <paramref name="outputSize"/>.</summary>
    public LstmBaseline(long inputSize, long outputSize, long hiddenSize = DefaultHiddenSize)
        : base(nameof(LstmBaseline), inputSize, outputSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hiddenSize);
        cell = nn.LSTMCell(inputSize, hiddenSize);
        output = nn.Linear(hiddenSize, outputSize);
        using (var scale = 0.05.ToScalar())
        {
            initialHidden = new Parameter(randn(hiddenSize).mul_(scale));
            initialCell = new Parameter(randn(hiddenSize).mul_(scale));
        }

        using (no_grad())
        {
            double bound = 5.0 / Math.Sqrt(inputSize + hiddenSize);
            nn.init.uniform_(cell.weight_ih!, -bound, bound);
            nn.init.uniform_(cell.weight_hh!, -bound, bound);
            cell.bias_ih!.zero_();
            cell.bias_hh!.zero_();
        }

        register_module("lstm", cell);
        register_module("out", output);
        register_parameter("lstm_h_bias", initialHidden);
        register_parameter("lstm_c_bias", initialCell);
        HiddenSize = hiddenSize;
    }

    /// <summary>Width H of the LSTM.</summary>
    public long HiddenSize { get; }

    /// <inheritdoc />
    public override RecurrentState InitialState(long batchSize)
    {
        CheckBatchSize(batchSize);
        return new RecurrentState(StateNames, [initialHidden.expand(batchSize, HiddenSize), initialCell.expand(batchSize, HiddenSize)]);
    }

    /// <inheritdoc />
    protected override (Tensor Output, RecurrentState State) StepCore(Tensor input, RecurrentState state)
    {
        var (h, c) = cell.forward(input, (state[LstmCore.HiddenName], state[LstmCore.CellName]));
        return (output.forward(h), new RecurrentState(StateNames, [h, c]));
    }
}
