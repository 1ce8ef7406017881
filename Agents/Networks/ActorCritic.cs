using SamRL.Memory;
using TorchSharp;
using TorchSharp.Modules;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace SamRL.Agents.Networks;

/// <summary>
/// A recurrent actor-critic: observation encoder → recurrent core → actor (action logits) and critic (V(s)) heads,
/// both linear on the core's output. Build the paper's agents with <see cref="Create"/>, or pass your own encoder
/// and any <see cref="RecurrentCore"/> to the constructor.
/// </summary>
public sealed class ActorCritic : nn.Module<Tensor, RecurrentState, ActorCriticOutput>
{
    [ComponentName(Name = "encoder")]
    private readonly ObservationEncoder encoder;
    [ComponentName(Name = "core")]
    private readonly RecurrentCore core;
    [ComponentName(Name = "actor_linear")]
    private readonly Linear actor;
    [ComponentName(Name = "critic_linear")]
    private readonly Linear critic;

    /// <summary>
    /// Assembles an actor-critic from <paramref name="encoder"/>, <paramref name="core"/> (whose input width must be
    /// the encoder's output width) and <paramref name="actionCount"/> discrete actions. Weights keep their
    /// constructors' initialisation; apply <see cref="ActorCriticInitialization.Apply"/> for the authors' scheme.
    /// </summary>
    public ActorCritic(ObservationEncoder encoder, RecurrentCore core, int actionCount) : base(nameof(ActorCritic))
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(core);
        if (core.InputSize != encoder.OutputSize)
            throw new ArgumentException($"the core takes inputs of width {core.InputSize} but the encoder produces {encoder.OutputSize} features", nameof(core));
        if (actionCount <= 0) throw new ArgumentOutOfRangeException(nameof(actionCount), actionCount, "expected at least one action");
        this.encoder = encoder;
        this.core = core;
        ActionCount = actionCount;
        actor = nn.Linear(core.OutputSize, actionCount);
        critic = nn.Linear(core.OutputSize, 1);
        RegisterComponents();
    }

    /// <summary>
    /// Builds one of the paper's agents (encoder and core per <paramref name="options"/>) with the authors'
    /// initialisation (SAM_STM_REFERENCE §3.4) drawn from <see cref="ActorCriticOptions.Seed"/>.
    /// </summary>
    public static ActorCritic Create(ActorCriticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var encoder = CreateEncoder(options);
        RecurrentCore core = options.Core switch
        {
            CoreKind.LstmStm => new LstmStmCore(encoder.OutputSize, options.ResolvedLstmSize, options.StmOutputSize),
            CoreKind.Lstm => new LstmCore(encoder.OutputSize, options.ResolvedLstmSize),
            CoreKind.Stm => new Stm(StmPresets.ReinforcementLearning(encoder.OutputSize, options.StmOutputSize)),
            _ => throw new ArgumentException($"unknown core kind {options.Core}", nameof(options)),
        };
        var model = new ActorCritic(encoder, core, options.ActionCount);
        ActorCriticInitialization.Apply(model, options.Seed);
        return model;
    }

    /// <summary>The observation encoder.</summary>
    public ObservationEncoder Encoder => encoder;

    /// <summary>The recurrent core.</summary>
    public RecurrentCore Core => core;

    /// <summary>The actor head (core output → action logits).</summary>
    public Linear Actor => actor;

    /// <summary>The critic head (core output → V(s)).</summary>
    public Linear Critic => critic;

    /// <summary>Number of discrete actions.</summary>
    public int ActionCount { get; }

    /// <summary>The shape of one observation, without the batch axis.</summary>
    public IReadOnlyList<long> ObservationShape => encoder.InputShape;

    /// <summary>The core's state at the start of an episode for <paramref name="batchSize"/> sequences.</summary>
    public RecurrentState InitialState(long batchSize) => core.InitialState(batchSize);

    /// <summary>
    /// One step: observations <c>[B, ..ObservationShape]</c> (or any shape with <c>B</c> first and the same number of
    /// elements per sample) and the previous state to logits, values and the next state.
    /// </summary>
    public override ActorCriticOutput forward(Tensor observations, RecurrentState state)
    {
        using var scope = NewDisposeScope();
        var (output, next) = core.Step(Encode(observations), state);
        var (logits, value) = Heads(output);
        foreach (var tensor in next.Tensors) tensor.MoveToOuterDisposeScope();
        return new ActorCriticOutput(logits.MoveToOuterDisposeScope(), value.MoveToOuterDisposeScope(), next);
    }

    /// <summary>
    /// The recurrent half of <see cref="forward"/>: the core's readout inputs (<see cref="RecurrentCore.Advance"/>) and
    /// the next state. <see cref="Readout"/> of them gives what <see cref="forward"/> gives; the A3C rollout stacks a
    /// segment's readout inputs and reads them out in one batch (see <see cref="RecurrentCore.Advance"/>).
    /// </summary>
    public (Tensor[] ReadoutInputs, RecurrentState State) Advance(Tensor observations, RecurrentState state)
    {
        using var scope = NewDisposeScope();
        var (readoutInputs, next) = core.Advance(Encode(observations), state);
        foreach (var tensor in readoutInputs.Concat(next.Tensors)) tensor.MoveToOuterDisposeScope();
        return (readoutInputs, next);
    }

    /// <summary>Logits <c>[B, A]</c> and values <c>[B, 1]</c> for readout inputs (each <c>[B, ...]</c>) from <see cref="Advance"/> (any B).</summary>
    public (Tensor Logits, Tensor Value) Readout(IReadOnlyList<Tensor> readoutInputs)
    {
        using var scope = NewDisposeScope();
        var (logits, value) = Heads(core.Readout(readoutInputs));
        return (logits.MoveToOuterDisposeScope(), value.MoveToOuterDisposeScope());
    }

    /// <summary>The encoder's features <c>[B, core input]</c> for observations shaped as <see cref="forward"/> takes them.</summary>
    public Tensor Encode(Tensor observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        if (observations.dim() < 1 || observations.numel() != observations.shape[0] * encoder.InputElementCount)
            throw new ArgumentException(
                $"expected observations of shape [B, {string.Join(", ", encoder.InputShape)}]; got [{string.Join(", ", observations.shape)}]",
                nameof(observations));
        long[] shape = new long[encoder.InputShape.Count + 1];
        shape[0] = observations.shape[0];
        for (int i = 0; i < encoder.InputShape.Count; i++) shape[i + 1] = encoder.InputShape[i];
        return encoder.forward(observations.reshape(shape));
    }

    private (Tensor Logits, Tensor Value) Heads(Tensor coreOutput) => (actor.forward(coreOutput), critic.forward(coreOutput));

    private static ObservationEncoder CreateEncoder(ActorCriticOptions options)
    {
        var shape = options.ObservationShape;
        return options.Encoder switch
        {
            EncoderKind.Atari80 => new AtariConvEncoder(ImageChannels(shape, AtariConvEncoder.FrameSize, options.Encoder)),
            EncoderKind.Universe42 => new UniverseConvEncoder(ImageChannels(shape, UniverseConvEncoder.FrameSize, options.Encoder)),
            EncoderKind.Dense => new DenseEncoder(shape.Select(dimension => (long)dimension).ToArray(), options.DenseFeatureSize),
            _ => throw new ArgumentException($"unknown encoder kind {options.Encoder}", nameof(options)),
        };
    }

    /// <summary>Channels of an image observation <c>[side, side]</c> or <c>[C, side, side]</c>; throws naming the encoder otherwise.</summary>
    private static long ImageChannels(IReadOnlyList<int> shape, int side, EncoderKind kind)
    {
        if (shape.Count == 2 && shape[0] == side && shape[1] == side) return 1;
        if (shape.Count == 3 && shape[1] == side && shape[2] == side && shape[0] > 0) return shape[0];
        throw new ArgumentException(
            $"the {kind} encoder expects observations of shape ({side}, {side}) or (C, {side}, {side}); got ({string.Join(", ", shape)})",
            nameof(shape));
    }
}
