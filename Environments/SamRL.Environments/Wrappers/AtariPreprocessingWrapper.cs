using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// Turns Atari screens (bytes, <c>(H, W, 3)</c> RGB or <c>(H, W)</c> grey) into <c>(1, h, w)</c> float frames as set
/// by <see cref="AtariPreprocessingOptions"/>: crop, grey, resize chain, scaling. Allocation-free per step;
/// the observation is this wrapper's own buffer.
/// </summary>
/// <typeparam name="TAction">Action type, passed through.</typeparam>
public sealed class AtariPreprocessingWrapper<TAction> : IEnv<float, TAction>, IEnvWrapper
{
    private const float ByteScale = 1f / 255f;

    private readonly IEnv<byte, TAction> inner;
    private readonly int sourceWidth;
    private readonly int channels;
    private readonly int cropTop;
    private readonly int cropLeft;
    private readonly int cropHeight;
    private readonly int cropWidth;
    private readonly float scale;
    private readonly float outputScale;
    private readonly float[] channelSumToGray;
    private readonly double[] redWeight;
    private readonly double[] greenWeight;
    private readonly double[] blueWeight;
    private readonly bool useChannelMean;
    private readonly bool roundToBytes;
    private readonly ImageResizer[] resizers;
    private readonly float[][] stages;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <exception cref="ArgumentException">The inner observations are not <c>(H, W, 3)</c> or <c>(H, W)</c> screens, the crop leaves the screen or is empty, or the resize chain is empty or invalid.</exception>
    public AtariPreprocessingWrapper(IEnv<byte, TAction> inner, AtariPreprocessingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        options ??= AtariPreprocessingOptions.DeepMind;
        var shape = inner.ObservationSpace.Shape;
        var isRgb = shape.Rank == 3 && shape[2] == 3;
        if (!isRgb && shape.Rank != 2)
        {
            throw new ArgumentException($"{inner}: expected screens of shape (H, W, 3) or (H, W), got {shape}.", nameof(inner));
        }

        if (options.Resizes.Count == 0)
        {
            throw new ArgumentException("AtariPreprocessingOptions.Resizes must contain at least one resize (the last sets the output size).", nameof(options));
        }

        this.inner = inner;
        Options = options;
        sourceWidth = shape[1];
        channels = isRgb ? 3 : 1;
        cropTop = options.CropTop;
        cropLeft = options.CropLeft;
        cropHeight = options.CropHeight ?? (shape[0] - cropTop);
        cropWidth = options.CropWidth ?? (shape[1] - cropLeft);
        EnsureCropInside(nameof(AtariPreprocessingOptions.CropTop), nameof(AtariPreprocessingOptions.CropHeight), cropTop, cropHeight, shape[0], "rows");
        EnsureCropInside(nameof(AtariPreprocessingOptions.CropLeft), nameof(AtariPreprocessingOptions.CropWidth), cropLeft, cropWidth, shape[1], "columns");
        outputScale = options.ScaleToUnitRange ? ByteScale : 1f;
        scale = options.RoundToBytes ? 1f : outputScale;
        useChannelMean = options.Grayscale switch
        {
            GrayscaleConversion.ChannelMean => true,
            GrayscaleConversion.Luminance => false,
            _ => throw new ArgumentException($"AtariPreprocessingOptions.Grayscale = {options.Grayscale} is not ChannelMean or Luminance.", nameof(options)),
        };

        roundToBytes = options.RoundToBytes;
        if (roundToBytes && isRgb && useChannelMean)
        {
            throw new ArgumentException("AtariPreprocessingOptions.RoundToBytes needs Grayscale = Luminance (OpenCV's byte conversion) for RGB screens.", nameof(options));
        }

        if (roundToBytes && options.Resizes.Any(step => step.Interpolation != ResizeInterpolation.Area))
        {
            throw new ArgumentException("AtariPreprocessingOptions.RoundToBytes needs every resize to use ResizeInterpolation.Area (OpenCV's byte bilinear uses other weights).", nameof(options));
        }

        // Lookup tables hold exactly the values the per-pixel formulas give, so the conversion is cheap but unchanged.
        channelSumToGray = new float[(3 * 255) + 1];
        for (var sum = 0; sum < channelSumToGray.Length; sum++)
        {
            channelSumToGray[sum] = (float)(sum / 3.0) * scale;
        }

        (redWeight, greenWeight, blueWeight) = (new double[256], new double[256], new double[256]);
        for (var value = 0; value < 256; value++)
        {
            (redWeight[value], greenWeight[value], blueWeight[value]) = (0.299 * value, 0.587 * value, 0.114 * value);
        }

        resizers = new ImageResizer[options.Resizes.Count];
        stages = new float[options.Resizes.Count + 1][];
        stages[0] = new float[cropHeight * cropWidth];
        var (height, width) = (cropHeight, cropWidth);
        for (var i = 0; i < resizers.Length; i++)
        {
            var step = options.Resizes[i];
            resizers[i] = new ImageResizer(height, width, step.Height, step.Width, step.Interpolation);
            (height, width) = (step.Height, step.Width);
            stages[i + 1] = new float[height * width];
        }

        ObservationSpace = new BoxSpace<float>(0f, 255f * outputScale, new SpaceShape(1, height, width));
    }

    /// <summary>The preprocessing settings.</summary>
    public AtariPreprocessingOptions Options { get; }

    /// <inheritdoc />
    public IArraySpace<float> ObservationSpace { get; }

    /// <inheritdoc />
    public ISpace<TAction> ActionSpace => inner.ActionSpace;

    /// <inheritdoc />
    public object InnerEnvironment => inner;

    /// <inheritdoc />
    public ResetResult<float> Reset(ulong? seed = null)
    {
        var result = inner.Reset(seed);
        return new ResetResult<float>(Process(result.Observation), result.Info);
    }

    /// <inheritdoc />
    public StepResult<float> Step(TAction action)
    {
        var result = inner.Step(action);
        return new StepResult<float>(Process(result.Observation), result.Reward, result.Terminated, result.Truncated, result.Info);
    }

    /// <summary>Disposes the inner environment.</summary>
    public void Dispose() => inner.Dispose();

    /// <summary>The wrapper stack, e.g. <c>AtariPreprocessing(Pong-v5)</c>.</summary>
    public override string ToString() => $"AtariPreprocessing({inner})";

    private ReadOnlySpan<float> Process(ReadOnlySpan<byte> screen)
    {
        ObservationChecks.EnsureLength(screen, inner.ObservationSpace.Shape.ElementCount, inner);
        var gray = stages[0].AsSpan();
        for (var y = 0; y < cropHeight; y++)
        {
            var row = screen.Slice((((cropTop + y) * sourceWidth) + cropLeft) * channels, cropWidth * channels);
            var target = gray.Slice(y * cropWidth, cropWidth);
            if (channels == 1)
            {
                for (var x = 0; x < target.Length; x++)
                {
                    target[x] = row[x] * scale;
                }
            }
            else
            {
                ConvertRgbRow(row, target);
            }
        }

        for (var i = 0; i < resizers.Length; i++)
        {
            resizers[i].Resize(stages[i], stages[i + 1]);
            if (roundToBytes)
            {
                RoundToBytes(resizers[i], stages[i + 1]);
            }
        }

        var result = stages[^1];
        if (roundToBytes && outputScale != 1f)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] *= outputScale;
            }
        }

        return result;
    }

    // OpenCV's saturate_cast to uchar rounds ties to even, except its dedicated 2×2 shrink, which adds 2 and shifts.
    private static void RoundToBytes(ImageResizer resizer, Span<float> image)
    {
        var twoByTwo = resizer.SourceHeight == 2 * resizer.DestinationHeight && resizer.SourceWidth == 2 * resizer.DestinationWidth;
        for (var i = 0; i < image.Length; i++)
        {
            image[i] = Math.Clamp(twoByTwo ? MathF.Floor(image[i] + 0.5f) : MathF.Round(image[i], MidpointRounding.ToEven), 0f, 255f);
        }
    }

    private void ConvertRgbRow(ReadOnlySpan<byte> row, Span<float> target)
    {
        if (roundToBytes)
        {
            for (var x = 0; x < target.Length; x++)
            {
                target[x] = ((9798 * row[3 * x]) + (19235 * row[(3 * x) + 1]) + (3735 * row[(3 * x) + 2]) + (1 << 14)) >> 15;
            }

            return;
        }

        if (useChannelMean)
        {
            for (var x = 0; x < target.Length; x++)
            {
                target[x] = channelSumToGray[row[3 * x] + row[(3 * x) + 1] + row[(3 * x) + 2]];
            }

            return;
        }

        for (var x = 0; x < target.Length; x++)
        {
            target[x] = (float)(redWeight[row[3 * x]] + greenWeight[row[(3 * x) + 1]] + blueWeight[row[(3 * x) + 2]]) * scale;
        }
    }

    private static void EnsureCropInside(string startName, string lengthName, int start, int length, int size, string what)
    {
        if (start < 0 || length <= 0 || start + length > size)
        {
            throw new ArgumentException(
                $"AtariPreprocessingOptions.{startName} = {start} with {lengthName} = {length} selects {what} outside the screen's {size} {what} " +
                $"(expected 0 ≤ {startName} and {startName} + {lengthName} ≤ {size}, {lengthName} > 0).",
                "options");
        }
    }
}
