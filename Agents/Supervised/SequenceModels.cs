using SamRL.Memory;

namespace SamRL.Agents.Supervised;

/// <summary>Builds the sequence model of a task: input map (associative retrieval's embedding, else none) + core + head.</summary>
public static class SequenceModels
{
    /// <summary>
    /// The <paramref name="kind"/> model for <paramref name="task"/>, STM with <paramref name="variant"/> applied to the
    /// task's preset. Parameters are drawn from libtorch's global generator: seed it first for a reproducible model.
    /// </summary>
    /// <exception cref="ArgumentException">ALSTM on a task without decoding steps, or an invalid STM variant.</exception>
    public static SequenceModel Create(SupervisedTask task, SequenceModelKind kind, StmVariant? variant = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (kind == SequenceModelKind.Alstm)
        {
            if (!task.DecodesWithZeroInputs)
            {
                throw new ArgumentException(
                    $"ALSTM is an encoder–decoder for tasks that decode (the paper reports it for copy, priority sort, RAR, geometry and graphs), not for {task.Name}",
                    nameof(kind));
            }

            return new AttentionalGru(task.InputWidth, task.OutputWidth);
        }

        var embedding = task.EmbeddingWidth is { } width ? new OneHotEmbedding(task.InputWidth, width) : null;
        long coreInput = task.EmbeddingWidth ?? task.InputWidth;
        RecurrentCore core = kind == SequenceModelKind.Stm
            ? new Stm(StmOptions(task, variant) with { InputSize = coreInput })
            : new LstmBaseline(coreInput, task.OutputWidth);
        return new RecurrentSequenceModel(kind == SequenceModelKind.Stm ? "StmSequenceModel" : "LstmSequenceModel", task.InputWidth, embedding, core);
    }

    /// <summary>The task's STM options with <paramref name="variant"/> applied.</summary>
    public static StmOptions StmOptions(SupervisedTask task, StmVariant? variant)
    {
        ArgumentNullException.ThrowIfNull(task);
        return (variant ?? new StmVariant()).Apply(task.StmPreset());
    }

    /// <summary>A short description of the model for run names and results, e.g. <c>d96-nq8</c> or <c>h512</c>.</summary>
    public static string Describe(SupervisedTask task, SequenceModelKind kind, StmVariant? variant) => kind switch
    {
        SequenceModelKind.Stm => StmVariant.Describe(StmOptions(task, variant)),
        SequenceModelKind.Lstm => $"h{LstmBaseline.DefaultHiddenSize}",
        _ => $"h{AttentionalGru.DefaultHiddenSize}",
    };

    /// <summary>The number of trainable values of <paramref name="model"/>.</summary>
    public static long ParameterCount(SequenceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.parameters().Sum(parameter => parameter.numel());
    }
}
