namespace SamRL.Agents.Networks;

/// <summary>The observation encoders an <see cref="ActorCritic"/> can be built with.</summary>
public enum EncoderKind
{
    /// <summary>
    /// The authors' stack for one 80×80 frame (SAM_STM_REFERENCE §3.2): four convolutions with 2×2 max-pooling and
    /// ReLU, 32-32-64-64 channels, flattened to 1024 features. See <see cref="AtariConvEncoder"/>.
    /// </summary>
    Atari80,

    /// <summary>
    /// The universe-starter-agent stack for 42×42 frames: four 3×3 stride-2 convolutions of 32 channels with ELU,
    /// flattened to 288 features. See <see cref="UniverseConvEncoder"/>.
    /// </summary>
    Universe42,

    /// <summary>
    /// A fully connected layer with ReLU for flat (non-image) observations such as algorithmic tasks and small
    /// test environments. See <see cref="DenseEncoder"/>.
    /// </summary>
    Dense,
}
