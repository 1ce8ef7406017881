namespace SamRL.Agents.Networks;

/// <summary>
/// What <see cref="ActorCritic.Create"/> builds. The defaults are the authors' agent (SAM_STM_REFERENCE §3.2):
/// 80×80 encoder, LSTM-256 → STM core, heads on 512 features.
/// </summary>
public sealed record ActorCriticOptions
{
    /// <summary>Shape of one observation as the environment reports it, e.g. <c>(1, 80, 80)</c> or <c>(80, 80)</c>.</summary>
    public required IReadOnlyList<int> ObservationShape { get; init; }

    /// <summary>Number of discrete actions (6 for Pong).</summary>
    public required int ActionCount { get; init; }

    /// <summary>The observation encoder (default: the authors' 80×80 stack).</summary>
    public EncoderKind Encoder { get; init; } = EncoderKind.Atari80;

    /// <summary>The recurrent core (default: LSTM-256 → STM, as the authors).</summary>
    public CoreKind Core { get; init; } = CoreKind.LstmStm;

    /// <summary>
    /// LSTM width; null takes the paper's value for <see cref="Core"/>: 256 for <see cref="CoreKind.LstmStm"/>
    /// (also STM's input), 512 for <see cref="CoreKind.Lstm"/>. Ignored by <see cref="CoreKind.Stm"/>.
    /// </summary>
    public int? LstmSize { get; init; }

    /// <summary>STM's output width (256, as the authors).</summary>
    public int StmOutputSize { get; init; } = 256;

    /// <summary>Feature width of the <see cref="EncoderKind.Dense"/> encoder (256).</summary>
    public int DenseFeatureSize { get; init; } = DenseEncoder.DefaultFeatureSize;

    /// <summary>Seed of the weight initialisation; the same seed gives bit-identical weights.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The LSTM width actually used.</summary>
    public int ResolvedLstmSize => LstmSize ?? (Core == CoreKind.Lstm ? 512 : 256);

    /// <summary>Checks every field and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
    public void Validate()
    {
        if (ObservationShape is null || ObservationShape.Count == 0 || ObservationShape.Any(dimension => dimension <= 0))
            throw new ArgumentException(
                $"{nameof(ObservationShape)} must be a non-empty list of positive dimensions; got ({string.Join(", ", ObservationShape ?? [])})",
                nameof(ObservationShape));
        if (ActionCount <= 0) throw new ArgumentException($"{nameof(ActionCount)} must be positive; got {ActionCount}", nameof(ActionCount));
        if (!Enum.IsDefined(Encoder)) throw new ArgumentException($"unknown {nameof(Encoder)} {Encoder}", nameof(Encoder));
        if (!Enum.IsDefined(Core)) throw new ArgumentException($"unknown {nameof(Core)} {Core}", nameof(Core));
        if (LstmSize is <= 0) throw new ArgumentException($"{nameof(LstmSize)} must be positive when given; got {LstmSize}", nameof(LstmSize));
        if (StmOutputSize <= 0) throw new ArgumentException($"{nameof(StmOutputSize)} must be positive; got {StmOutputSize}", nameof(StmOutputSize));
        if (DenseFeatureSize <= 0) throw new ArgumentException($"{nameof(DenseFeatureSize)} must be positive; got {DenseFeatureSize}", nameof(DenseFeatureSize));
    }
}
