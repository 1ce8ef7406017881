namespace SamRL.Memory;

/// <summary>
/// The authors' STM configuration for each task (SAM_STM_REFERENCE §2.5–§2.6). Where the paper states other
/// sizes, the preset documents it and takes them as arguments.
/// </summary>
public static class StmPresets
{
    /// <summary>
    /// Associative retrieval (<c>nar.json</c>): N = 2, d = 96, r = 96, gates on, α's learned; input is a 100-wide
    /// embedding, output 10 digits. The paper uses n_q = 1 and d ∈ {48, 96}: pass them to reproduce Table 1.
    /// </summary>
    public static StmOptions AssociativeRetrieval(long inputSize = 100, long outputSize = 10, long slotCount = 2, long slotSize = 96) =>
        new() { InputSize = inputSize, OutputSize = outputSize, SlotCount = slotCount, SlotSize = slotSize, RelationSize = 96 };

    /// <summary>Copy (<c>copy.json</c>): N = 8, d = 96, r = 96, 34 → 32, gates on, α's learned.</summary>
    public static StmOptions Copy() => new() { InputSize = 34, OutputSize = 32 };

    /// <summary>Priority sort: the Copy configuration (N = 8, d = 96, 34 → 32).</summary>
    public static StmOptions PrioritySort() => Copy();

    /// <summary>
    /// Relational associative recall (<c>rar.json</c>, duplicate keys resolved last-wins): N = 16, d = 72, r = 72,
    /// α1 = α2 = 0 fixed, α3 learned. With <paramref name="paperSizes"/> the paper's N = 8, d = 96, r = 96.
    /// </summary>
    public static StmOptions RelationalAssociativeRecall(bool paperSizes = false) => new()
    {
        InputSize = 34,
        OutputSize = 32,
        SlotCount = paperSizes ? 8 : 16,
        SlotSize = paperSizes ? 96 : 72,
        RelationSize = paperSizes ? 96 : 72,
        Alpha1 = Alpha.Fixed(0),
        Alpha2 = Alpha.Fixed(0),
    };

    /// <summary>Nth-farthest (<c>nfar.json</c>): N = <paramref name="slotCount"/> (8), d = 128, r = 96, 40 → 8, gates off.</summary>
    public static StmOptions NthFarthest(long slotCount = 8) =>
        new() { InputSize = 40, OutputSize = 8, SlotCount = slotCount, SlotSize = 128, RelationSize = 96, Gates = false };

    /// <summary>Convex hull and TSP (configs only in the authors' code): N = 8, d = 128, r = 96, 24 → 22.</summary>
    public static StmOptions GeometricPointer(long inputSize = 24, long outputSize = 22) =>
        new() { InputSize = inputSize, OutputSize = outputSize, SlotCount = 8, SlotSize = 128, RelationSize = 96 };

    /// <summary>
    /// Graph tasks (shortest path, minimum spanning tree; no authors' config): the geometric configuration
    /// N = 8, d = 128, r = 96 with the task's widths.
    /// </summary>
    public static StmOptions Graph(long inputSize, long outputSize) => GeometricPointer(inputSize, outputSize);

    /// <summary>
    /// bAbI update module (<c>qamodel.py</c>): N = 20, d = 90, r = 96, 64 → 64, input maps as 3-layer linear chains
    /// of width 80, α1 = 1 fixed (pure accumulation), α2 learned, α3 = 0 fixed (no transfer).
    /// </summary>
    public static StmOptions Babi(long symbolSize = 64, long hiddenSize = 80) => new()
    {
        InputSize = symbolSize,
        OutputSize = symbolSize,
        SlotCount = 20,
        SlotSize = 90,
        RelationSize = 96,
        InputMapHiddenSize = hiddenSize,
        Alpha1 = Alpha.Fixed(1),
        Alpha3 = Alpha.Fixed(0),
    };

    /// <summary>
    /// The authors' RL agent (<c>stm_rl.py</c> inside <c>A3CSAM</c>): N = 8, d = 96, r = 96, 256 → 256, LayerNorm per
    /// row plus an output LayerNorm, and M^r rebuilt at every step (only M^i is recurrent).
    /// </summary>
    public static StmOptions ReinforcementLearning(long inputSize = 256, long outputSize = 256) => new()
    {
        InputSize = inputSize,
        OutputSize = outputSize,
        Normalization = QkvNormalization.PerRowWithOutputNorm,
        CarryRelationalMemory = false,
    };
}
