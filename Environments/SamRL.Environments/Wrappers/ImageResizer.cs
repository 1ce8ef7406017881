using System.Numerics;

namespace SamRL.Environments.Wrappers;

/// <summary>
/// Resizes single-channel float images (row-major, height × width) like <c>cv2.resize</c> on float32 images with
/// <see cref="ResizeInterpolation"/>: separable (each row across, then down the columns), with OpenCV's tap
/// positions, single-precision weights and summation order, so results match OpenCV 4.6 bit for bit on the tested
/// sizes. The tap tables are computed once at construction, so <see cref="Resize"/> allocates nothing.
/// Not thread-safe (it owns a scratch buffer).
/// </summary>
public sealed class ImageResizer
{
    private readonly AxisResampling rows;
    private readonly AxisResampling columns;
    private readonly float[] horizontallyResized;

    /// <summary>Prepares a resize from <paramref name="sourceHeight"/> × <paramref name="sourceWidth"/> to <paramref name="destinationHeight"/> × <paramref name="destinationWidth"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive, <paramref name="interpolation"/> is unknown, or <see cref="ResizeInterpolation.Area"/> would enlarge.</exception>
    public ImageResizer(int sourceHeight, int sourceWidth, int destinationHeight, int destinationWidth, ResizeInterpolation interpolation)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceHeight);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(destinationHeight);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(destinationWidth);
        if (interpolation == ResizeInterpolation.Area && (destinationHeight > sourceHeight || destinationWidth > sourceWidth))
        {
            throw new ArgumentOutOfRangeException(
                nameof(interpolation),
                $"Area resizing only shrinks; {sourceHeight}×{sourceWidth} → {destinationHeight}×{destinationWidth} enlarges. Use Bilinear.");
        }

        (rows, columns) = interpolation switch
        {
            ResizeInterpolation.Bilinear => (AxisResampling.Bilinear(sourceHeight, destinationHeight, rowAxis: true), AxisResampling.Bilinear(sourceWidth, destinationWidth, rowAxis: false)),
            ResizeInterpolation.Area => (AxisResampling.Area(sourceHeight, destinationHeight), AxisResampling.Area(sourceWidth, destinationWidth)),
            _ => throw new ArgumentOutOfRangeException(nameof(interpolation), interpolation, "Expected Bilinear or Area."),
        };
        (SourceHeight, SourceWidth, DestinationHeight, DestinationWidth) = (sourceHeight, sourceWidth, destinationHeight, destinationWidth);
        Interpolation = interpolation;
        horizontallyResized = new float[sourceHeight * destinationWidth];
    }

    /// <summary>Source image height.</summary>
    public int SourceHeight { get; }

    /// <summary>Source image width.</summary>
    public int SourceWidth { get; }

    /// <summary>Destination image height.</summary>
    public int DestinationHeight { get; }

    /// <summary>Destination image width.</summary>
    public int DestinationWidth { get; }

    /// <summary>The resampling rule.</summary>
    public ResizeInterpolation Interpolation { get; }

    /// <summary>Resizes <paramref name="source"/> into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException">A buffer's length does not match its image size.</exception>
    public void Resize(ReadOnlySpan<float> source, Span<float> destination)
    {
        if (source.Length != SourceHeight * SourceWidth)
        {
            throw new ArgumentException($"Expected a {SourceHeight}×{SourceWidth} source ({SourceHeight * SourceWidth} values), got {source.Length}.", nameof(source));
        }

        if (destination.Length != DestinationHeight * DestinationWidth)
        {
            throw new ArgumentException($"Expected a {DestinationHeight}×{DestinationWidth} destination ({DestinationHeight * DestinationWidth} values), got {destination.Length}.", nameof(destination));
        }

        // Same size is the identity under both rules (cv2.resize copies too); skip the arithmetic.
        if (SourceHeight == DestinationHeight && SourceWidth == DestinationWidth)
        {
            source.CopyTo(destination);
            return;
        }

        var scratch = horizontallyResized.AsSpan();
        for (var y = 0; y < SourceHeight; y++)
        {
            ResampleRow(source.Slice(y * SourceWidth, SourceWidth), scratch.Slice(y * DestinationWidth, DestinationWidth));
        }

        destination.Clear();
        for (var y = 0; y < DestinationHeight; y++)
        {
            var target = destination.Slice(y * DestinationWidth, DestinationWidth);
            for (var k = rows.Starts[y]; k < rows.Starts[y + 1]; k++)
            {
                AddScaled(target, scratch.Slice(rows.Indices[k] * DestinationWidth, DestinationWidth), rows.Weights[k]);
            }
        }
    }

    // target += weight · source, with SIMD where available (the same multiply and add per element, so the same result).
    private static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float weight)
    {
        var i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var weights = new Vector<float>(weight);
            for (; i <= target.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                (new Vector<float>(target[i..]) + (weights * new Vector<float>(source[i..]))).CopyTo(target[i..]);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += weight * source[i];
        }
    }

    private void ResampleRow(ReadOnlySpan<float> source, Span<float> destination)
    {
        for (var x = 0; x < destination.Length; x++)
        {
            var sum = 0f;
            for (var k = columns.Starts[x]; k < columns.Starts[x + 1]; k++)
            {
                sum += columns.Weights[k] * source[columns.Indices[k]];
            }

            destination[x] = sum;
        }
    }
}
