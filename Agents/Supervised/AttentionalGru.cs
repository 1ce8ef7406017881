using TorchSharp;
using TorchSharp.Modules;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Agents.Supervised;

/// <summary>
/// The "ALSTM" baseline of the paper (SAM_STM_REFERENCE §4.0): a GRU encoder–decoder with attention, hidden 512.
/// The encoder reads every row before the output window (Linear D_in → H, then a GRU cell from a zero state); the
/// decoder starts from the encoder's last state and at each output step reads an all-zero row (through its own
/// Linear) together with the attention context over the encoder states, and predicts from [h; context].
/// Attention is additive (Bahdanau): score_j = vᵀ tanh(W_q h + W_k e_j), weights = softmax over j.
/// </summary>
/// <remarks>
/// The authors' <c>AttnEncoderDecoder</c> scores a fixed 100 positions from [input; h] (the PyTorch tutorial's
/// location attention); additive attention over the actual encoder states needs no maximum length.
/// </remarks>
public sealed class AttentionalGru : SequenceModel
{
    /// <summary>The paper's hidden width.</summary>
    public const long DefaultHiddenSize = 512;

    private readonly Linear encoderInput;
    private readonly GRUCell encoder;
    private readonly Linear decoderInput;
    private readonly GRUCell decoder;
    private readonly Linear attentionQuery;
    private readonly Linear attentionKey;
    private readonly Linear attentionScore;
    private readonly Linear output;

    /// <summary>Creates the model <paramref name="inputWidth"/> → <paramref name="hiddenSize"/> → <paramref name="outputWidth"/> (PyTorch default initialisation).</summary>
    public AttentionalGru(long inputWidth, long outputWidth, long hiddenSize = DefaultHiddenSize)
        : base(nameof(AttentionalGru), inputWidth, outputWidth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hiddenSize);
        HiddenSize = hiddenSize;
        encoderInput = nn.Linear(inputWidth, hiddenSize);
        encoder = nn.GRUCell(hiddenSize, hiddenSize);
        decoderInput = nn.Linear(inputWidth, hiddenSize);
        decoder = nn.GRUCell(2 * hiddenSize, hiddenSize);
        attentionQuery = nn.Linear(hiddenSize, hiddenSize, hasBias: false);
        attentionKey = nn.Linear(hiddenSize, hiddenSize);
        attentionScore = nn.Linear(hiddenSize, 1, hasBias: false);
        output = nn.Linear(2 * hiddenSize, outputWidth);
        RegisterComponents();
    }

    /// <summary>Width H of the encoder and decoder.</summary>
    public long HiddenSize { get; }

    /// <inheritdoc />
    protected override Tensor PredictCore(Tensor encoderInputs, int outputStart, int outputSteps)
    {
        if (outputStart < 1)
        {
            throw new ArgumentException("the attentional encoder–decoder needs at least one encoder step before its output window", nameof(outputStart));
        }

        using var scope = NewDisposeScope();
        long encodingSteps = encoderInputs.shape[0], batch = encoderInputs.shape[1];
        var zeroRow = zeros(batch, InputWidth, encoderInputs.dtype, encoderInputs.device);

        // Encoder: every row before the output window (zero rows where the batch has none).
        var hidden = zeros(batch, HiddenSize, encoderInputs.dtype, encoderInputs.device);
        var states = new Tensor[outputStart];
        for (int step = 0; step < outputStart; step++)
        {
            var row = step < encodingSteps ? encoderInputs[step] : zeroRow;
            hidden = encoder.forward(encoderInput.forward(row), hidden);
            states[step] = hidden;
        }

        var memory = stack(states, 1);                         // [B, T_enc, H]
        var keys = attentionKey.forward(memory);               // [B, T_enc, H]

        // Decoder: zero rows; each step attends over the encoder states.
        var decoderRow = decoderInput.forward(zeroRow);
        var outputs = new Tensor[outputSteps];
        for (int k = 0; k < outputSteps; k++)
        {
            var scores = attentionScore.forward(tanh(keys.add(attentionQuery.forward(hidden).unsqueeze(1), One))); // [B, T_enc, 1]
            var weights = scores.softmax(1);
            var context = (weights * memory).sum(1);                                                      // [B, H]
            hidden = decoder.forward(cat([decoderRow, context], 1), hidden);
            outputs[k] = output.forward(cat([hidden, context], 1));
        }

        return stack(outputs).MoveToOuterDisposeScope();
    }
}
