namespace SamRL.Environments.Wrappers;

/// <summary>
/// The weights of one axis of a separable resize: destination index <c>d</c> is the sum over
/// <c>k in [Starts[d], Starts[d + 1])</c> of <c>Weights[k] · source[Indices[k]]</c>.
/// </summary>
internal sealed class AxisResampling
{
    private AxisResampling(int[] starts, int[] indices, float[] weights) => (Starts, Indices, Weights) = (starts, indices, weights);

    public int[] Starts { get; }

    public int[] Indices { get; }

    public float[] Weights { get; }

    /// <summary>
    /// OpenCV INTER_LINEAR taps: half-pixel centres, coordinates clamped to <c>[0, source − 1]</c>. The coordinate
    /// and weights are computed in single precision from <c>1 / (destination / source)</c>, as <c>cv2.resize</c>
    /// does, so float images resize to the same bits. OpenCV clamps the two axes differently, which only shows in
    /// the last bit: across columns it moves an outside coordinate onto the edge pixel with weight 1; across rows
    /// it keeps the weights <c>(1 − f, f)</c> and clamps the two row indices, both landing on the edge row.
    /// </summary>
    public static AxisResampling Bilinear(int source, int destination, bool rowAxis)
    {
        var scale = 1.0 / ((double)destination / source);
        var builder = new Builder(destination);
        for (var d = 0; d < destination; d++)
        {
            var coordinate = (float)(((d + 0.5) * scale) - 0.5);
            var left = (int)MathF.Floor(coordinate);
            var fraction = coordinate - left;
            if (rowAxis)
            {
                builder.Add(Math.Clamp(left, 0, source - 1), 1f - fraction);
                builder.Add(Math.Clamp(left + 1, 0, source - 1), fraction);
                builder.EndDestination();
                continue;
            }

            if (left < 0)
            {
                (left, fraction) = (0, 0f);
            }

            if (left >= source - 1)
            {
                (left, fraction) = (source - 1, 0f);
            }

            builder.Add(left, 1f - fraction);
            if (fraction > 0)
            {
                builder.Add(left + 1, fraction);
            }

            builder.EndDestination();
        }

        return builder.Build();
    }

    /// <summary>
    /// OpenCV INTER_AREA taps for shrinking: the footprint <c>[d · s, d · s + s)</c> with <c>s = source/destination</c>,
    /// each source pixel weighted by its covered length over the footprint's length inside the image; slivers
    /// thinner than 0.001 pixel are ignored as OpenCV does, so rounding noise adds no spurious tap.
    /// </summary>
    public static AxisResampling Area(int source, int destination)
    {
        const double sliver = 1e-3;
        var scale = (double)source / destination;
        var builder = new Builder(destination);
        for (var d = 0; d < destination; d++)
        {
            var start = d * scale;
            var end = start + scale;
            var cell = Math.Min(scale, source - start);
            var firstWhole = (int)Math.Ceiling(start);
            var lastEdge = Math.Min((int)Math.Floor(end), source - 1);
            firstWhole = Math.Min(firstWhole, lastEdge);
            if (firstWhole - start > sliver)
            {
                builder.Add(firstWhole - 1, (firstWhole - start) / cell);
            }

            for (var s = firstWhole; s < lastEdge; s++)
            {
                builder.Add(s, 1.0 / cell);
            }

            if (end - lastEdge > sliver)
            {
                builder.Add(lastEdge, Math.Min(Math.Min(end - lastEdge, 1.0), cell) / cell);
            }

            builder.EndDestination();
        }

        return builder.Build();
    }

    private sealed class Builder(int destination)
    {
        private readonly List<int> indices = [];
        private readonly List<float> weights = [];
        private readonly int[] starts = new int[destination + 1];
        private int done;

        public void Add(int index, double weight)
        {
            indices.Add(index);
            weights.Add((float)weight);
        }

        public void EndDestination() => starts[++done] = indices.Count;

        public AxisResampling Build() => new(starts, [.. indices], [.. weights]);
    }
}
