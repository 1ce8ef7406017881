namespace SamRL.Agents.Networks;

/// <summary>The recurrent cores an <see cref="ActorCritic"/> can be built with (any other core plugs in through the constructor).</summary>
public enum CoreKind
{
    /// <summary>
    /// The authors' agent (<c>A3CSAM</c>, SAM_STM_REFERENCE §3.2): an LSTM cell (256 units) followed by STM
    /// (<c>StmPresets.ReinforcementLearning</c>, 256 → 256); the heads read the concatenation of both (512).
    /// </summary>
    LstmStm,

    /// <summary>The LSTM baseline (<c>A3Clstm</c>, §3.9): one LSTM cell of 512 units.</summary>
    Lstm,

    /// <summary>STM alone on the encoder's features (RL variant, output 256); no LSTM controller.</summary>
    Stm,
}
