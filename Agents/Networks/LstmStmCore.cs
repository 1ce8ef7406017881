using SamRL.Memory;
using TorchSharp;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace SamRL.Agents.Networks;

/// <summary>
/// The authors' recurrent core (<c>A3CSAM</c>, SAM_STM_REFERENCE §3.2): an LSTM cell on the features, STM on the
/// LSTM's hidden state, and the output <c>[STM output, LSTM hidden]</c> (a skip-style concatenation, 256 + 256 = 512
/// by default). State: the LSTM's <c>h</c>, <c>c</c> and STM's read and item memory (M^r is rebuilt every step).
/// </summary>
public sealed class LstmStmCore : RecurrentCore
{
    /// <summary>State tensor names, in order.</summary>
    public const string HiddenName = "lstm.h", CellName = "lstm.c", ReadName = "stm.read", ItemMemoryName = "stm.item_memory";

    private static readonly string[] StateNames = [HiddenName, CellName, ReadName, ItemMemoryName];

    [ComponentName(Name = "lstm")]
    private readonly LstmCore lstm;
    [ComponentName(Name = "sam")]
    private readonly Stm stm;

    /// <summary>
    /// Creates the core: LSTM(<paramref name="inputSize"/> → <paramref name="lstmSize"/>) then STM with
    /// <c>StmPresets.ReinforcementLearning(lstmSize, stmOutputSize)</c>.
    /// </summary>
    public LstmStmCore(long inputSize, long lstmSize = 256, long stmOutputSize = 256)
        : base(nameof(LstmStmCore), inputSize, CheckedSum(lstmSize, stmOutputSize))
    {
        lstm = new LstmCore(inputSize, lstmSize);
        stm = new Stm(StmPresets.ReinforcementLearning(lstmSize, stmOutputSize));
        RegisterComponents();
    }

    /// <summary>The LSTM controller.</summary>
    public LstmCore Lstm => lstm;

    /// <summary>The STM after the controller.</summary>
    public Stm Stm => stm;

    /// <inheritdoc />
    public override RecurrentState InitialState(long batchSize)
    {
        CheckBatchSize(batchSize);
        using var lstmState = lstm.InitialState(batchSize);
        using var stmState = stm.InitialState(batchSize);
        return new RecurrentState(StateNames,
        [
            lstmState[LstmCore.HiddenName].alias(), lstmState[LstmCore.CellName].alias(),
            stmState[Stm.ReadName].alias(), stmState[Stm.ItemMemoryName].alias(),
        ]);
    }

    /// <inheritdoc />
    protected override (Tensor Output, RecurrentState State) StepCore(Tensor input, RecurrentState state)
    {
        using var scope = NewDisposeScope();
        var (hidden, lstmNext) = lstm.Step(input, LstmState(state));
        var (memoryOutput, stmNext) = stm.Step(hidden, StmState(state));
        return (cat([memoryOutput, hidden], 1).MoveToOuterDisposeScope(), NextState(lstmNext, stmNext));
    }

    /// <summary>The LSTM's input product (<see cref="LstmCore.ProjectInput"/>).</summary>
    public override long ProjectedInputSize => lstm.ProjectedInputSize;

    /// <inheritdoc cref="LstmCore.ProjectInput"/>
    public override Tensor ProjectInput(Tensor inputs) => lstm.ProjectInput(inputs);

    /// <summary>The LSTM's recurrent product (<see cref="LstmCore.RecurrentProduct"/>) over the LSTM part of <paramref name="states"/>.</summary>
    public override Tensor RecurrentProduct(IReadOnlyList<RecurrentState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        return lstm.RecurrentProduct(states.Select(LstmState).ToArray());
    }

    /// <summary>The readout inputs are STM's (M^r_t flattened) and the LSTM hidden state.</summary>
    protected override (Tensor[] ReadoutInputs, RecurrentState State) AdvanceCore(Tensor input, RecurrentState state)
    {
        using var projected = lstm.ProjectInput(input);
        return AdvanceProjectedCore(projected, state, deferRecurrentWeightGradients: false);
    }

    /// <inheritdoc />
    protected override (Tensor[] ReadoutInputs, RecurrentState State) AdvanceProjectedCore(Tensor projectedInput, RecurrentState state, bool deferRecurrentWeightGradients)
    {
        using var scope = NewDisposeScope();
        var (lstmReadout, lstmNext) = lstm.AdvanceProjected(projectedInput, LstmState(state), deferRecurrentWeightGradients);
        var hidden = lstmReadout[0];
        var (stmReadoutInputs, stmNext) = stm.Advance(hidden, StmState(state));
        return ([stmReadoutInputs[0].MoveToOuterDisposeScope(), hidden.MoveToOuterDisposeScope()], NextState(lstmNext, stmNext));
    }

    /// <summary><c>[STM readout, LSTM hidden]</c> for the readout inputs from <see cref="RecurrentCore.Advance"/>.</summary>
    public override Tensor Readout(IReadOnlyList<Tensor> readoutInputs)
    {
        CheckReadoutInputs(readoutInputs, 2);
        using var scope = NewDisposeScope();
        return cat([stm.Readout([readoutInputs[0]]), readoutInputs[1]], 1).MoveToOuterDisposeScope();
    }

    private static RecurrentState LstmState(RecurrentState state) =>
        new([LstmCore.HiddenName, LstmCore.CellName], [state[HiddenName], state[CellName]]);

    private static RecurrentState StmState(RecurrentState state) =>
        new([Stm.ReadName, Stm.ItemMemoryName], [state[ReadName], state[ItemMemoryName]]);

    private static RecurrentState NextState(RecurrentState lstmNext, RecurrentState stmNext)
    {
        Tensor[] next = [lstmNext[LstmCore.HiddenName], lstmNext[LstmCore.CellName], stmNext[Stm.ReadName], stmNext[Stm.ItemMemoryName]];
        foreach (var tensor in next) tensor.MoveToOuterDisposeScope();
        return new RecurrentState(StateNames, next);
    }

    private static long CheckedSum(long lstmSize, long stmOutputSize)
    {
        if (lstmSize <= 0) throw new ArgumentOutOfRangeException(nameof(lstmSize), lstmSize, "expected a positive LSTM width");
        if (stmOutputSize <= 0) throw new ArgumentOutOfRangeException(nameof(stmOutputSize), stmOutputSize, "expected a positive STM output width");
        return lstmSize + stmOutputSize;
    }
}
