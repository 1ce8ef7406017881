namespace SamRL.Environments.Wrappers;

/// <summary>How <see cref="AtariPreprocessingWrapper{TAction}"/> turns an RGB pixel into one grey value.</summary>
public enum GrayscaleConversion
{
    /// <summary>The mean of R, G and B (the SAM authors' <c>frame.mean(2)</c>).</summary>
    ChannelMean,

    /// <summary>Luminance <c>0.299 R + 0.587 G + 0.114 B</c> (OpenCV's <c>COLOR_RGB2GRAY</c>, kept as a float rather than rounded to a byte).</summary>
    Luminance,
}
