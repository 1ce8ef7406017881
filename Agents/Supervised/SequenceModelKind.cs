namespace SamRL.Agents.Supervised;

/// <summary>The sequence models compared in the paper's supervised experiments.</summary>
public enum SequenceModelKind
{
    /// <summary>STM with the task's preset (§2.6) and the paper's ablation options.</summary>
    Stm,

    /// <summary>The LSTM baseline: 1 layer, hidden 512, learned initial state.</summary>
    Lstm,

    /// <summary>"ALSTM": GRU encoder–decoder with additive attention, hidden 512.</summary>
    Alstm,
}
