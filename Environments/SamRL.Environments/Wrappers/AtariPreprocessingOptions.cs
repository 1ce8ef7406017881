namespace SamRL.Environments.Wrappers;

/// <summary>
/// What <see cref="AtariPreprocessingWrapper{TAction}"/> does to a screen: crop, grey conversion, a chain of
/// resizes, optional scaling to <c>[0, 1]</c>. The defaults are <see cref="DeepMind"/>'s. Presets reproduce the
/// published pipelines.
/// </summary>
public sealed record AtariPreprocessingOptions
{
    /// <summary>First screen row kept. Default 0.</summary>
    public int CropTop { get; init; }

    /// <summary>Number of rows kept; <c>null</c> (default) keeps every row from <see cref="CropTop"/> down.</summary>
    public int? CropHeight { get; init; }

    /// <summary>First screen column kept. Default 0.</summary>
    public int CropLeft { get; init; }

    /// <summary>Number of columns kept; <c>null</c> (default) keeps every column from <see cref="CropLeft"/> on.</summary>
    public int? CropWidth { get; init; }

    /// <summary>How RGB screens become grey; ignored for screens that are already grey. Default <see cref="GrayscaleConversion.Luminance"/>.</summary>
    public GrayscaleConversion Grayscale { get; init; } = GrayscaleConversion.Luminance;

    /// <summary>The resizes applied in order after the crop; the last one sets the output size. Default one 84×84 area resize.</summary>
    public IReadOnlyList<ResizeStep> Resizes { get; init; } = [new ResizeStep(84, 84, ResizeInterpolation.Area)];

    /// <summary>Multiply by 1/255 so values lie in <c>[0, 1]</c>. Default true.</summary>
    public bool ScaleToUnitRange { get; init; } = true;

    /// <summary>
    /// Reproduce OpenCV on <c>uint8</c> images, as pipelines that keep bytes do (baselines' <c>WarpFrame</c>,
    /// Gymnasium's <c>AtariPreprocessing</c>): luminance with OpenCV's 15-bit fixed-point weights
    /// <c>(9798 R + 19235 G + 3735 B + 2^14) >> 15</c>, and every resize rounded to a byte (ties to even; OpenCV's
    /// 2×2 shrink rounds ties up). Needs <see cref="GrayscaleConversion.Luminance"/> (or grey screens) and
    /// <see cref="ResizeInterpolation.Area"/> resizes. Scaling to [0, 1], if on, comes last. Default false.
    /// </summary>
    public bool RoundToBytes { get; init; }

    /// <summary>
    /// The DQN / OpenAI-baselines <c>WarpFrame</c>: whole screen, luminance, 84×84 with area averaging, rounded to bytes
    /// as OpenCV does on <c>uint8</c> screens, then scaled to [0, 1].
    /// </summary>
    public static AtariPreprocessingOptions DeepMind { get; } = new() { RoundToBytes = true };

    /// <summary>
    /// The SAM authors' <c>process_frame</c> (reference §3.1): rows <paramref name="crop1"/> to <c>crop2 + 160</c>,
    /// columns 0 to 160, mean of the channels, ×1/255, bilinear resize to width 80 × height
    /// <paramref name="dimension2"/>, then bilinear again to 80×80. Pong's <c>config.json</c> entry is (34, 34, 80).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The crop is empty or <paramref name="dimension2"/> is not positive.</exception>
    public static AtariPreprocessingOptions Authors(int crop1 = 34, int crop2 = 34, int dimension2 = 80)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(crop1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(crop2 + 160, crop1, nameof(crop2));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension2);
        return new AtariPreprocessingOptions
        {
            CropTop = crop1,
            CropHeight = crop2 + 160 - crop1,
            CropWidth = 160,
            Grayscale = GrayscaleConversion.ChannelMean,
            Resizes = [new ResizeStep(dimension2, 80, ResizeInterpolation.Bilinear), new ResizeStep(80, 80, ResizeInterpolation.Bilinear)],
        };
    }

    /// <summary>
    /// The 42×42 input of universe-starter-agent and pytorch-a3c: rows 34 to 194, bilinear to 80×80, then to 42×42,
    /// mean of the channels, scaled to [0, 1] (they resize the RGB bytes before averaging; here the grey floats are resized).
    /// </summary>
    public static AtariPreprocessingOptions Small42 { get; } = new()
    {
        CropTop = 34,
        CropHeight = 160,
        CropWidth = 160,
        Grayscale = GrayscaleConversion.ChannelMean,
        Resizes = [new ResizeStep(80, 80, ResizeInterpolation.Bilinear), new ResizeStep(42, 42, ResizeInterpolation.Bilinear)],
    };
}
