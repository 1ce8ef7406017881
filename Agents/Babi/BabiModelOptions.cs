using SamRL.Memory;

namespace SamRL.Agents.Babi;

/// <summary>
/// Sizes of the bAbI question-answering model (SAM_STM_REFERENCE §5.2–§5.3). The defaults are the authors'
/// <c>config_all.json</c>: symbols of 64, entities (STM slot size d) of 90, roles (STM slots N) of 20, hidden
/// width 80 for STM's input maps and the inference MLPs, word embeddings drawn from U(−0.1, 0.1).
/// </summary>
public sealed record BabiModelOptions
{
    /// <summary>Vocabulary size V (padding included): rows of the word embedding, columns of the output matrix Z.</summary>
    public required long VocabularySize { get; init; }

    /// <summary>W_max: the longest padded sentence over the tasks, the number of learned positional weights.</summary>
    public required long MaxSentenceLength { get; init; }

    /// <summary>Word and sentence vector width (hard-coded 64 in the authors' code).</summary>
    public long SymbolSize { get; init; } = 64;

    /// <summary>Entity size: STM's slot size d, and the width of the inference module's entity vectors.</summary>
    public long EntitySize { get; init; } = 90;

    /// <summary>Role size: STM's number of relational slots N, and the width of the inference module's role vectors.</summary>
    public long RoleSize { get; init; } = 20;

    /// <summary>Hidden width of STM's input maps (3-layer linear chains) and of the inference module's tanh MLPs.</summary>
    public long HiddenSize { get; init; } = 80;

    /// <summary>Word embeddings start in U(−limit, +limit).</summary>
    public double EmbeddingInitLimit { get; init; } = 0.1;

    /// <summary>The update module's STM: the bAbI preset (α1 = 1, α2 learned, α3 = 0, gates on) at these sizes.</summary>
    public StmOptions UpdateModule() =>
        StmPresets.Babi(SymbolSize, HiddenSize) with { SlotCount = RoleSize, SlotSize = EntitySize };

    /// <summary>Checks every size and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
    public void Validate()
    {
        Positive(VocabularySize, nameof(VocabularySize));
        Positive(MaxSentenceLength, nameof(MaxSentenceLength));
        Positive(SymbolSize, nameof(SymbolSize));
        Positive(EntitySize, nameof(EntitySize));
        Positive(RoleSize, nameof(RoleSize));
        Positive(HiddenSize, nameof(HiddenSize));
        if (!(EmbeddingInitLimit > 0) || !double.IsFinite(EmbeddingInitLimit))
        {
            throw new ArgumentException($"{nameof(EmbeddingInitLimit)} must be a positive number; got {EmbeddingInitLimit}", nameof(EmbeddingInitLimit));
        }
    }

    private static void Positive(long value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentException($"{name} must be positive; got {value}", name);
        }
    }
}
