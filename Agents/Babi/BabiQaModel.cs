using SamRL.Memory;
using TorchSharp;
using TorchSharp.Modules;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace SamRL.Agents.Babi;

/// <summary>
/// The paper's bAbI model (the authors' <c>QAmodel</c>, SAM_STM_REFERENCE §5.2): the input module turns every
/// story sentence and the question into a vector, STM (update module) reads the S sentence vectors from a fresh
/// state, and the inference module answers from the final relational memory M^r. STM's own output head, its
/// distillation (G2, G3) and its transfer G1 (α3 = 0) take no useful gradient, and the model carries a second
/// frozen d×V matrix that is never read, exactly as the authors' model; they count in <see cref="ParameterCount"/>,
/// which is therefore 1,412,161 + 64·W_max + 244·V at the paper's sizes (1,412,993 + 244·V for W_max = 13).
/// </summary>
public sealed class BabiQaModel : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly BabiModelOptions options;
    [ComponentName(Name = "input_module")]
    private readonly BabiInputModule inputModule;
    [ComponentName(Name = "update_module")]
    private readonly Stm updateModule;
    [ComponentName(Name = "infer_module")]
    private readonly BabiInferenceModule inferenceModule;
    [ComponentName(Name = "Z")]
    private readonly Parameter unusedOutputMatrix;

    /// <summary>Creates the model; its weights come from TorchSharp's global generator (seed it first).</summary>
    public BabiQaModel(BabiModelOptions options) : base(nameof(BabiQaModel))
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
        inputModule = new BabiInputModule(options);
        updateModule = new Stm(options.UpdateModule());
        inferenceModule = new BabiInferenceModule(options);
        // The authors' QAmodel builds its own Z next to the inference module's and never uses it; kept for
        // checkpoint and parameter-count parity.
        unusedOutputMatrix = BabiInferenceModule.FrozenXavier(options.EntitySize, options.VocabularySize);
        RegisterComponents();
    }

    /// <summary>The sizes this model was built with.</summary>
    public BabiModelOptions Options => options;

    /// <summary>The input module.</summary>
    public BabiInputModule InputModule => inputModule;

    /// <summary>The update module (STM).</summary>
    public Stm UpdateModule => updateModule;

    /// <summary>The inference module.</summary>
    public BabiInferenceModule InferenceModule => inferenceModule;

    /// <summary>Every parameter's element count, frozen and gradient-less ones included (the authors' count).</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <summary>The parameters the optimiser updates (every one but the frozen output matrices).</summary>
    public IEnumerable<Parameter> TrainableParameters => parameters().Where(p => p.requires_grad);

    /// <summary>
    /// Logits [B, V] for stories <c>[B, S, W]</c> and queries <c>[B, W]</c> of token indices (int64, padding 0).
    /// Padding sentences are fed to STM like the authors' code does.
    /// </summary>
    public override Tensor forward(Tensor stories, Tensor queries)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(queries);
        if (stories.dim() != 3 || queries.dim() != 2 || stories.shape[0] != queries.shape[0])
        {
            throw new ArgumentException(
                $"expected stories [B, S, W] and queries [B, W]; got [{string.Join(",", stories.shape)}] and [{string.Join(",", queries.shape)}]");
        }

        using var scope = NewDisposeScope();
        var sentences = inputModule.forward(stories).transpose(0, 1);   // [S, B, symbol]
        var query = inputModule.forward(queries);
        var (_, state) = updateModule.SequenceToLast(sentences);
        return inferenceModule.forward(query, state[Stm.RelationalMemoryName]).MoveToOuterDisposeScope();
    }
}
