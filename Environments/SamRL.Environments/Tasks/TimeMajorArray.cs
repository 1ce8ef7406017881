namespace SamRL.Environments.Tasks;

/// <summary>
/// A contiguous, time-major float array of shape [Steps, BatchSize, Width]: element (t, b, d) lives at
/// <c>(t * BatchSize + b) * Width + d</c>. This is the layout the supervised trainer copies into a tensor
/// without reordering.
/// </summary>
public sealed class TimeMajorArray
{
    /// <summary>Creates a zero-filled array of the given shape.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is not positive.</exception>
    public TimeMajorArray(int steps, int batchSize, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        Steps = steps;
        BatchSize = batchSize;
        Width = width;
        Data = new float[checked(steps * batchSize * width)];
    }

    /// <summary>Number of time steps T.</summary>
    public int Steps { get; }

    /// <summary>Number of sequences B.</summary>
    public int BatchSize { get; }

    /// <summary>Width D of one row.</summary>
    public int Width { get; }

    /// <summary>The elements, time-major.</summary>
    public float[] Data { get; }

    /// <summary>The shape as [T, B, D].</summary>
    public int[] Shape => [Steps, BatchSize, Width];

    /// <summary>Element (t, b, d).</summary>
    public float this[int step, int sequence, int channel]
    {
        get => Data[Offset(step, sequence) + CheckedChannel(channel)];
        set => Data[Offset(step, sequence) + CheckedChannel(channel)] = value;
    }

    /// <summary>The row of sequence <paramref name="sequence"/> at time <paramref name="step"/>.</summary>
    public Span<float> Row(int step, int sequence) => Data.AsSpan(Offset(step, sequence), Width);

    private int Offset(int step, int sequence)
    {
        if ((uint)step >= (uint)Steps)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"Expected a step in [0, {Steps}).");
        }

        if ((uint)sequence >= (uint)BatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, $"Expected a sequence in [0, {BatchSize}).");
        }

        return (step * BatchSize + sequence) * Width;
    }

    private int CheckedChannel(int channel)
    {
        if ((uint)channel >= (uint)Width)
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, $"Expected a channel in [0, {Width}).");
        }

        return channel;
    }
}
