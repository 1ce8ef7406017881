namespace SamRL.Memory;

/// <summary>How the item memory is written (paper–code difference, SAM_STM_REFERENCE §9 item 2).</summary>
public enum ItemWrite
{
    /// <summary>X = f1(x) ⊗ f1(x), the authors' code (symmetric).</summary>
    SelfOuterProduct,

    /// <summary>X = f1(x) ⊗ f2(x), the paper's Eq. 10.</summary>
    CrossOuterProduct,
}

/// <summary>Where α1 acts in the relational-memory write (§9 item 1).</summary>
public enum RelationalWrite
{
    /// <summary>M^r_t = α1·M^r_{t−1} + SAM(·), the authors' code.</summary>
    DecayOldMemory,

    /// <summary>M^r_t = M^r_{t−1} + α1·SAM(·), the paper's Eq. 12.</summary>
    ScaleSamTerm,
}

/// <summary>The LayerNorm after SAM's q/k/v projection (§1.2, §2.7).</summary>
public enum QkvNormalization
{
    /// <summary>One LayerNorm over [d, 3N] jointly per sample, as the authors' supervised code.</summary>
    Joint,

    /// <summary>LayerNorm over [3N] per row, plus a LayerNorm on the distilled output, as the authors' RL code.</summary>
    PerRowWithOutputNorm,
}

/// <summary>
/// Every setting of the STM cell (SAM_STM_REFERENCE §2). The defaults are the authors' supervised code
/// (<c>stm_basic.py</c>) with the Copy task's sizes. Use <see cref="StmPresets"/> for each task's configuration.
/// </summary>
public sealed record StmOptions
{
    /// <summary>Input width D_in.</summary>
    public required long InputSize { get; init; }

    /// <summary>Output width D_out of the head.</summary>
    public required long OutputSize { get; init; }

    /// <summary>N: the number of SAM query slots (n_q = n_kv) and relational-memory slots.</summary>
    public long SlotCount { get; init; } = 8;

    /// <summary>d: the item memory is d×d, each relational slot d×d.</summary>
    public long SlotSize { get; init; } = 96;

    /// <summary>r (n_r): width of each slot's distilled vector (G2).</summary>
    public long RelationSize { get; init; } = 96;

    /// <summary>o: width of the distilled output y (G3).</summary>
    public long DistilledSize { get; init; } = 64;

    /// <summary>h: hidden width of the output head.</summary>
    public long HeadHiddenSize { get; init; } = 128;

    /// <summary>Hidden width of the input maps f1, f2, f3: 0 = one Linear (default); H &gt; 0 = a 3-layer linear chain (bAbI uses 80).</summary>
    public long InputMapHiddenSize { get; init; }

    /// <summary>Number of SAM passes per time step (1 in every published config).</summary>
    public int SamPasses { get; init; } = 1;

    /// <summary>Item-memory write: f1⊗f1 (code, default) or f1⊗f2 (paper).</summary>
    public ItemWrite ItemWrite { get; init; } = ItemWrite.SelfOuterProduct;

    /// <summary>Relational-memory write: α1 on the old memory (code, default) or on the SAM term (paper).</summary>
    public RelationalWrite RelationalWrite { get; init; } = RelationalWrite.DecayOldMemory;

    /// <summary>Gated item-memory write (default); false is the "w/o gates" ablation: M̃ = M^i + X.</summary>
    public bool Gates { get; init; } = true;

    /// <summary>Relational → item transfer (Eq. 13); false removes G1 and the α3 term ("w/o transfer").</summary>
    public bool Transfer { get; init; } = true;

    /// <summary>α1: relational-memory decay (code) or SAM-term scale (paper).</summary>
    public Alpha Alpha1 { get; init; } = Alpha.Learned;

    /// <summary>α2: weight of the relational read-back in SAM's input.</summary>
    public Alpha Alpha2 { get; init; } = Alpha.Learned;

    /// <summary>α3: weight of the relational → item transfer.</summary>
    public Alpha Alpha3 { get; init; } = Alpha.Learned;

    /// <summary>The LayerNorm after the q/k/v projection: joint (supervised, default) or per row + output LayerNorm (RL).</summary>
    public QkvNormalization Normalization { get; init; } = QkvNormalization.Joint;

    /// <summary>
    /// Whether M^r is carried across steps (default). False is the authors' RL agent: M^r is rebuilt from the
    /// item memory at every step (no read-back, M^r_t = SAM(M̃)), and only M^i is recurrent.
    /// </summary>
    public bool CarryRelationalMemory { get; init; } = true;

    /// <summary>Learned initial memories M^i_0, M^r_0 (default, U(±1/√(2d)) and U(±1/√(2d+N))); false = zeros.</summary>
    public bool LearnInitialMemories { get; init; } = true;

    /// <summary>Checks every field and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
    public void Validate()
    {
        Positive(InputSize, nameof(InputSize));
        Positive(OutputSize, nameof(OutputSize));
        Positive(SlotCount, nameof(SlotCount));
        Positive(SlotSize, nameof(SlotSize));
        Positive(RelationSize, nameof(RelationSize));
        Positive(DistilledSize, nameof(DistilledSize));
        Positive(HeadHiddenSize, nameof(HeadHiddenSize));
        if (InputMapHiddenSize < 0)
            throw new ArgumentException($"{nameof(InputMapHiddenSize)} must be 0 (one Linear) or positive; got {InputMapHiddenSize}", nameof(InputMapHiddenSize));
        if (SamPasses < 1)
            throw new ArgumentException($"{nameof(SamPasses)} must be at least 1; got {SamPasses}", nameof(SamPasses));
        if (!Enum.IsDefined(ItemWrite)) throw new ArgumentException($"unknown {nameof(ItemWrite)} {ItemWrite}", nameof(ItemWrite));
        if (!Enum.IsDefined(RelationalWrite)) throw new ArgumentException($"unknown {nameof(RelationalWrite)} {RelationalWrite}", nameof(RelationalWrite));
        if (!Enum.IsDefined(Normalization)) throw new ArgumentException($"unknown {nameof(Normalization)} {Normalization}", nameof(Normalization));
    }

    private static void Positive(long value, string name)
    {
        if (value <= 0) throw new ArgumentException($"{name} must be positive; got {value}", name);
    }
}
