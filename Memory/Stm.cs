using TorchSharp;
using TorchSharp.Modules;
using TorchSharp.Utils;
using static SamRL.Memory.KeptScalars;
using static TorchSharp.torch;

namespace SamRL.Memory;

/// <summary>
/// STM, the SAM-based two-memory model (paper §2.3; equations as the authors' code, SAM_STM_REFERENCE §2.3),
/// as a recurrent core: an item memory M^i (d×d), a relational memory M^r (N×d×d) built from it by
/// <see cref="Sam"/>, and an output head on the distilled relational memory. Every paper–code difference is
/// a setting of <see cref="StmOptions"/>. Parameter names in the state dict are the authors'
/// (<c>input_projector</c>, <c>rel_projector</c>, ...) except two: their <c>qkv_projector.0</c> is our
/// <c>sam.qkv_projector</c> and their <c>alpha10</c> our <c>alpha1</c> (tests/SamRL.Memory.Tests/AuthorsCodeTests maps them).
/// </summary>
public sealed class Stm : RecurrentCore
{
    /// <summary>State tensor names: the distilled output y, the item memory M^i, the relational memory M^r.</summary>
    public const string ReadName = "read", ItemMemoryName = "item_memory", RelationalMemoryName = "relational_memory";

    private readonly StmOptions options;
    [ComponentName(Name = "input_projector")]
    private readonly LinearChain itemInput;        // f1
    [ComponentName(Name = "input_projector2")]
    private readonly LinearChain relationInput;    // f2
    [ComponentName(Name = "input_projector3")]
    private readonly LinearChain slotInput;        // f3
    [ComponentName(Name = "input_gate_projector")]
    private readonly Linear inputGate;             // W_x, b_x
    [ComponentName(Name = "memory_gate_projector")]
    private readonly Linear memoryGate;            // W_m, b_m
    [ComponentName(Name = "forget_bias")]
    private readonly Parameter forgetBias;         // β_F
    [ComponentName(Name = "input_bias")]
    private readonly Parameter inputBias;          // β_I
    [ComponentName(Name = "sam")]
    private readonly Sam sam;
    [ComponentName(Name = "rel_projector2")]
    private readonly Linear? transfer;             // G1
    [ComponentName(Name = "rel_projector")]
    private readonly Linear slotDistiller;         // G2
    [ComponentName(Name = "rel_projector3")]
    private readonly Linear outputDistiller;       // G3
    [ComponentName(Name = "layernorm2")]
    private readonly LayerNorm? outputNorm;        // RL variant only
    [ComponentName(Name = "mlp")]
    private readonly Sequential headHidden;
    [ComponentName(Name = "out")]
    private readonly Linear headOutput;
    [ComponentName(Name = "alpha1")]
    private readonly Parameter? alpha1;
    [ComponentName(Name = "alpha2")]
    private readonly Parameter? alpha2;
    [ComponentName(Name = "alpha3")]
    private readonly Parameter? alpha3;
    [ComponentName(Name = "item_memory_state_bias")]
    private readonly Parameter? initialItemMemory;        // M^i_0
    [ComponentName(Name = "rel_memory_state_bias")]
    private readonly Parameter? initialRelationalMemory;  // M^r_0
    private readonly Scalar? alpha1Constant;                 // fixed α ≠ 1 as scalars libtorch can read (KeptScalars)
    private readonly Scalar? alpha2Constant;
    private readonly Scalar? alpha3Constant;
    private readonly string[] stateNames;

    /// <summary>Creates STM with <paramref name="options"/> on <paramref name="device"/> (CPU when null).</summary>
    public Stm(StmOptions options, Device? device = null)
        : base(nameof(Stm), options?.InputSize ?? 1, options?.OutputSize ?? 1)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
        long d = options.SlotSize, n = options.SlotCount;

        itemInput = new LinearChain(options.InputSize, d, options.InputMapHiddenSize);
        relationInput = new LinearChain(options.InputSize, d, options.InputMapHiddenSize);
        slotInput = new LinearChain(options.InputSize, n, options.InputMapHiddenSize);
        inputGate = nn.Linear(d, 2 * d);
        memoryGate = nn.Linear(d, 2 * d);
        forgetBias = new Parameter(tensor(1.0f));
        inputBias = new Parameter(tensor(0.0f));
        sam = new Sam(d, n, options.Normalization);
        transfer = options.Transfer ? nn.Linear(n * d, d) : null;
        slotDistiller = nn.Linear(d * d, options.RelationSize);
        outputDistiller = nn.Linear(n * options.RelationSize, options.DistilledSize);
        outputNorm = options.Normalization == QkvNormalization.PerRowWithOutputNorm ? nn.LayerNorm([options.DistilledSize]) : null;
        headHidden = nn.Sequential(
            nn.Linear(options.DistilledSize, options.HeadHiddenSize), nn.ReLU(),
            nn.Linear(options.HeadHiddenSize, options.HeadHiddenSize), nn.ReLU());
        headOutput = nn.Linear(options.HeadHiddenSize, options.OutputSize);
        alpha1 = options.Alpha1.IsLearned ? new Parameter(zeros(1)) : null;
        alpha2 = options.Alpha2.IsLearned ? new Parameter(zeros(1)) : null;
        alpha3 = options.Alpha3.IsLearned ? new Parameter(zeros(1)) : null;
        if (IsConstantFactor(options.Alpha1)) alpha1Constant = options.Alpha1.Value.ToScalar();
        if (IsConstantFactor(options.Alpha2)) alpha2Constant = options.Alpha2.Value.ToScalar();
        if (IsConstantFactor(options.Alpha3)) alpha3Constant = options.Alpha3.Value.ToScalar();
        if (options.LearnInitialMemories)
        {
            double itemBound = 1.0 / Math.Sqrt(2 * d), relationalBound = 1.0 / Math.Sqrt(2 * d + n);
            initialItemMemory = new Parameter(empty(d, d));
            initialRelationalMemory = new Parameter(empty(n, d, d));
            using (no_grad())
            {
                nn.init.uniform_(initialItemMemory, -itemBound, itemBound);
                nn.init.uniform_(initialRelationalMemory, -relationalBound, relationalBound);
            }
        }
        stateNames = options.CarryRelationalMemory ? [ReadName, ItemMemoryName, RelationalMemoryName] : [ReadName, ItemMemoryName];

        RegisterComponents();

        this.to(MemoryDevice.Resolve(device));
    }

    /// <summary>The settings this STM was built with.</summary>
    public StmOptions Options => options;

    /// <summary>The SAM operator inside the cell.</summary>
    public Sam Sam => sam;

    /// <inheritdoc />
    public override RecurrentState InitialState(long batchSize)
    {
        CheckBatchSize(batchSize);
        var reference = headOutput.weight!;
        long d = options.SlotSize, n = options.SlotCount;
        var read = zeros(batchSize, options.DistilledSize, reference.dtype, reference.device);
        var item = initialItemMemory is null
            ? zeros(batchSize, d, d, reference.dtype, reference.device)
            : initialItemMemory.unsqueeze(0).expand(batchSize, d, d);
        if (!options.CarryRelationalMemory) return new RecurrentState(stateNames, [read, item]);
        var relational = initialRelationalMemory is null
            ? zeros(batchSize, n, d, d, reference.dtype, reference.device)
            : initialRelationalMemory.unsqueeze(0).expand(batchSize, n, d, d);
        return new RecurrentState(stateNames, [read, item, relational]);
    }

    /// <summary>
    /// One step without the output head: returns the distilled output y (Eq. 14, <c>[B, o]</c>) and the new state.
    /// Models that use the memories directly (the bAbI model reads M^r) call this.
    /// </summary>
    public (Tensor Read, RecurrentState State) Cell(Tensor input, RecurrentState state)
    {
        CheckStepInput(input, state);
        var (read, next) = Update(input, state, distill: true);
        return (read!, next);
    }

    /// <summary>
    /// Runs <c>[T, B, InputSize]</c> and returns only the last step's head output <c>[B, OutputSize]</c> and the
    /// final state, as the authors' 3-D forward does. The distillation (Eq. 14), which never feeds back into the
    /// memories, is computed for the last step only, which saves the G2 projection on every other step.
    /// </summary>
    public override (Tensor Output, RecurrentState State) SequenceToLast(Tensor inputs, RecurrentState? state = null)
    {
        CheckSequenceInputs(inputs);
        var current = state ?? InitialState(inputs.shape[1]);
        if (current.BatchSize != inputs.shape[1])
            throw new ArgumentException($"input batch {inputs.shape[1]} does not match state batch {current.BatchSize}", nameof(state));
        long steps = inputs.shape[0];
        Tensor? read = null;
        for (long t = 0; t < steps; t++)
        {
            using var input = inputs[t];
            var (stepRead, next) = Update(input, current, distill: t == steps - 1);
            if (!ReferenceEquals(current, state)) current.Dispose();
            current = next;
            read = stepRead;
        }
        using (read)
        {
            return (Head(read!), current);
        }
    }

    private void CheckStepInput(Tensor input, RecurrentState state)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        if (input.dim() != 2 || input.shape[1] != InputSize || input.shape[0] != state.BatchSize)
            throw new ArgumentException($"expected input of shape [{state.BatchSize}, {InputSize}]; got [{string.Join(",", input.shape)}]", nameof(input));
    }

    /// <summary>
    /// The STM equations for one step. Without <paramref name="distill"/> the read y is not recomputed (the state
    /// keeps the previous one) and null is returned for it.
    /// </summary>
    private (Tensor? Read, RecurrentState State) Update(Tensor input, RecurrentState state, bool distill)
    {
        using var scope = NewDisposeScope();
        var (item, relationalMemory) = Memories(input, state);
        var read = distill ? Distill(relationalMemory) : null;
        var next = NextState(state, read, item, relationalMemory);
        return (read?.alias().MoveToOuterDisposeScope(), next);
    }

    /// <summary>
    /// The memory updates of one step, Eqs. 9–13: the new item memory M^i_t and relational memory M^r_t, in the
    /// caller's dispose scope.
    /// </summary>
    private (Tensor Item, Tensor Relational) Memories(Tensor input, RecurrentState state)
    {
        long batch = input.shape[0], d = options.SlotSize, n = options.SlotCount;
        var itemMemory = state[ItemMemoryName];
        var relationalMemory = options.CarryRelationalMemory ? state[RelationalMemoryName] : null;

        var a = itemInput.forward(input);                                      // f1(x)
        bool readsRelational = relationalMemory is not null && !options.Alpha2.IsFixedZero;
        var c = options.ItemWrite == ItemWrite.CrossOuterProduct || readsRelational ? relationInput.forward(input) : null; // f2(x)

        // M^i write, Eqs. 9–10: X = f1 ⊗ f1 (code) or f1 ⊗ f2 (paper).
        var writeVector = options.ItemWrite == ItemWrite.SelfOuterProduct ? a : c!;
        var item = options.Gates ? GatedWrite(itemMemory, a, writeVector) : BatchProduct.AddTo(itemMemory, a.unsqueeze(2), writeVector.unsqueeze(1));

        // M^r read, Eq. 11: v^r = softmax(f3(x)) · M^r_{t−1} · f2(x), then v^r ⊗ f2(x). α2 scales the small v^r,
        // and the outer product is added onto M^i in the same operation, so no d×d term is built on its own.
        Tensor? scaledRecall = null;
        if (readsRelational)
        {
            var slotWeights = slotInput.forward(input).softmax(-1);
            var readKey = (slotWeights.unsqueeze(2) * c!.unsqueeze(1)).view(batch, 1, n * d);
            var recalled = readKey.bmm(relationalMemory!.reshape(batch, n * d, d)).view(batch, d, 1);
            scaledRecall = Scale(alpha2, alpha2Constant, recalled);
        }

        for (int pass = 0; pass < options.SamPasses; pass++)
        {
            // M^i read → M^r write, Eq. 12: SAM(M^i_t + α2 · v^r ⊗ f2(x)).
            var (scores, values) = sam.Attend(scaledRecall is null ? item : BatchProduct.AddTo(item, scaledRecall, c!.unsqueeze(1)));
            // M^r transfer, Eq. 13: M^i_t += α3 · G1(V_f(SAM output)).
            if (transfer is not null && !options.Alpha3.IsFixedZero)
                item = AddTransfer(item, scores, values);
            // Not carried (the authors' RL agent): every pass rebuilds M^r from the item memory alone. The α1 term and
            // SAM's product are summed by one batched product (Sam.CombineOnto); in the paper's form α1 scales the
            // small values instead of the N×d×d product. A learned α1 is applied by that product itself.
            relationalMemory = relationalMemory is null || !options.CarryRelationalMemory
                ? Sam.Combine(scores, values)
                : options.RelationalWrite == RelationalWrite.DecayOldMemory
                    ? Sam.CombineOnto(alpha1 is null ? Scale(null, alpha1Constant, relationalMemory) : relationalMemory, scores, values, alpha1)
                    : Sam.CombineOnto(relationalMemory, scores, Scale(alpha1, alpha1Constant, values));
        }
        return (item, relationalMemory!);
    }

    /// <summary>Output distillation, Eq. 14: y = G3(V_l(G2(V_l(M^r_t)))) for M^r_t <c>[B, N, d, d]</c> (or <c>[B, N·d·d]</c>).</summary>
    private Tensor Distill(Tensor relationalMemory)
    {
        long batch = relationalMemory.shape[0], n = options.SlotCount, d = options.SlotSize;
        var read = outputDistiller.forward(slotDistiller.forward(relationalMemory.reshape(batch, n, d * d)).reshape(batch, n * options.RelationSize));
        return outputNorm is null ? read : outputNorm.forward(read);
    }

    /// <summary>The state after a step; without a new <paramref name="read"/> it keeps the previous one.</summary>
    private RecurrentState NextState(RecurrentState state, Tensor? read, Tensor item, Tensor relationalMemory)
    {
        var readState = read ?? state[ReadName].alias();
        Tensor[] next = options.CarryRelationalMemory ? [readState, item, relationalMemory] : [readState, item];
        foreach (var tensor in next) tensor.MoveToOuterDisposeScope();
        return new RecurrentState(stateNames, next);
    }

    /// <summary>
    /// The step without its readout: the readout input is M^r_t flattened to <c>[B, N·d·d]</c>, and the state keeps
    /// the previous read y, as the steps before the last of <see cref="SequenceToLast"/> do (no STM equation reads it).
    /// </summary>
    protected override (Tensor[] ReadoutInputs, RecurrentState State) AdvanceCore(Tensor input, RecurrentState state)
    {
        using var scope = NewDisposeScope();
        var (item, relationalMemory) = Memories(input, state);
        var next = NextState(state, null, item, relationalMemory);
        return ([relationalMemory.reshape(input.shape[0], -1).MoveToOuterDisposeScope()], next);
    }

    /// <summary>Distillation (Eq. 14) and the output head, for the readout input M^r_t <c>[B, N·d·d]</c> from <see cref="RecurrentCore.Advance"/>.</summary>
    public override Tensor Readout(IReadOnlyList<Tensor> readoutInputs)
    {
        CheckReadoutInputs(readoutInputs, 1);
        var relationalMemory = readoutInputs[0];
        long width = options.SlotCount * options.SlotSize * options.SlotSize;
        if (relationalMemory.dim() != 2 || relationalMemory.shape[1] != width)
            throw new ArgumentException($"expected a readout input of shape [B, {width}] (M^r flattened); got [{string.Join(",", relationalMemory.shape)}]", nameof(readoutInputs));
        using var scope = NewDisposeScope();
        return Head(Distill(relationalMemory)).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    protected override (Tensor Output, RecurrentState State) StepCore(Tensor input, RecurrentState state)
    {
        var (read, next) = Update(input, state, distill: true);
        using (read)
        {
            return (Head(read!), next);
        }
    }

    /// <summary>The output head on the distilled read y: Linear(o→h), ReLU, Linear(h→h), ReLU, Linear(h→D_out).</summary>
    public Tensor Head(Tensor read)
    {
        using var scope = NewDisposeScope();
        return headOutput.forward(headHidden.forward(read)).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Gated item write, Eq. 10 with the gates of the authors' code (paper Appendix D; RMC-style):
    /// G[i,:] = W_m·tanh(M^i_{t−1}[i,:]) + b_m + W_x·f1(x) + b_x; I = σ(G[:, :d] + β_I), F = σ(G[:, d:] + β_F);
    /// M̃ = I ⊙ tanh(X) + F ⊙ M^i_{t−1}, with X = f1(x) ⊗ <paramref name="writeVector"/>.
    /// </summary>
    /// <remarks>
    /// The per-sample terms are summed on the small [B, 2d] tensor. Where <see cref="FusedGatedWrite"/> applies
    /// (float32, AVX-512, d a multiple of 48) the rest is one SIMD operation. Otherwise it is
    /// libtorch operations:
    /// libtorch's CPU tanh is several times slower than its sigmoid on d×d-sized tensors, so the two big tanh terms
    /// use tanh(z) = 2σ(2z) − 1 with the constants folded into small tensors: W_m·tanh(M) = (2W_m)·σ(2M) − W_m·1,
    /// and 2X = (2f1(x)) ⊗ writeVector. The two halves of W_m are applied as two products, so that both gates come
    /// out as contiguous d×d tensors. The bias add and the sigmoids work in place on the fresh d×d products: none of
    /// those values is saved for the backward pass except the sigmoids' own outputs, and reusing the buffers keeps
    /// the step's working set in cache.
    /// </remarks>
    private Tensor GatedWrite(Tensor itemMemory, Tensor itemInputVector, Tensor writeVector)
    {
        long d = options.SlotSize;
        var weight = memoryGate.weight!;
        var gateTerm = inputGate.forward(itemInputVector).add_(memoryGate.bias!, One)
            .add_(cat([inputBias.expand(d), forgetBias.expand(d)]), One);
        if (FusedGatedWrite.Supports(itemMemory))
            return FusedGatedWrite.Apply(itemMemory, itemInputVector, writeVector, gateTerm, weight);
        var perSample = gateTerm.sub_(weight.sum(1));
        var halfSquashed = itemMemory.mul(Two).sigmoid_();                  // (tanh(M) + 1) / 2
        var input = halfSquashed.matmul(weight.narrow(0, 0, d).t().mul(Two)).add_(perSample.narrow(1, 0, d).unsqueeze(1), One).sigmoid_();
        var forget = halfSquashed.matmul(weight.narrow(0, d, d).t().mul(Two)).add_(perSample.narrow(1, d, d).unsqueeze(1), One).sigmoid_();
        var halfWritten = (itemInputVector.mul(Two).unsqueeze(2) * writeVector.unsqueeze(1)).sigmoid_(); // (tanh(X) + 1) / 2
        return (forget * itemMemory).addcmul_(input, halfWritten, Two).sub_(input);
    }

    /// <summary>
    /// M^i + α3 · G1(V_f(A)) of Eq. 13 for A = SAM(S) given by its factors: with A[b,s,i,f] = Σ_m S[b,s,m,i]·V[b,m,f]
    /// and G1 reading the (s, i) axes of A for each f, G1(V_f(A))[b,f,o] = Σ_m V[b,m,f] · U[b,m,o] + b1[o], where
    /// U[b,m,o] = Σ_{s,i} W1[o, s·d + i] · S[b,s,m,i]. The same sum in another order, at N/d of the work of
    /// applying G1 to the N×d×d product.
    /// </summary>
    /// <remarks>
    /// The bias is one more row of the product, [V; 1]ᵀ · [U; b1], and α3 scales the small right factor, so that
    /// the whole term is added onto M^i by one batched product instead of four passes over d×d tensors.
    /// </remarks>
    private Tensor AddTransfer(Tensor item, Tensor scores, Tensor values)
    {
        long batch = scores.shape[0], keys = scores.shape[2];
        var perKey = scores.permute(0, 2, 1, 3).reshape(batch, keys, -1).matmul(transfer!.weight!.t());     // U: [B, M, d]
        var rows = cat([perKey, transfer.bias!.expand(batch, 1, perKey.shape[2])], 1);                     // [U; b1]
        var columns = cat([values, ones_like(values.narrow(1, 0, 1))], 1).transpose(1, 2);                // [V; 1]ᵀ: [B, f, M+1]
        return BatchProduct.AddTo(item, columns, Scale(alpha3, alpha3Constant, rows));                     // [B, f, o]
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            alpha1Constant?.Dispose();
            alpha2Constant?.Dispose();
            alpha3Constant?.Dispose();
        }

        base.Dispose(disposing);
    }

    private static bool IsConstantFactor(Alpha alpha) => !alpha.IsLearned && alpha.Value != 1.0;

    private static Tensor Scale(Parameter? learned, Scalar? constant, Tensor term) =>
        learned is not null ? learned * term : constant is null ? term : term.mul(constant);
}
