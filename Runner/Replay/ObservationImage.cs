using SamRL.Environments.Spaces;

namespace SamRL.Runner.Replay;

/// <summary>
/// Shows a float observation as an 8-bit grey image: a 1×H×W (or H×W) frame as it is, a vector as one row of
/// cells. Values are stretched from the frame's own minimum and maximum to black and white, since the agent's
/// observations are normalised to no fixed range.
/// </summary>
public sealed class ObservationImage
{
    private ObservationImage(int width, int height)
    {
        Width = width;
        Height = height;
        Pixels = new byte[width * height];
    }

    /// <summary>Image width in pixels.</summary>
    public int Width { get; }

    /// <summary>Image height in pixels.</summary>
    public int Height { get; }

    /// <summary>The grey levels of the last converted observation, row by row.</summary>
    public byte[] Pixels { get; }

    /// <summary>The image layout for observations of <paramref name="shape"/>.</summary>
    /// <exception cref="ArgumentException">The shape is neither a vector, an H×W frame nor a 1×H×W frame.</exception>
    public static ObservationImage For(SpaceShape shape) => shape.Rank switch
    {
        1 => new ObservationImage(shape[0], 1),
        2 => new ObservationImage(shape[1], shape[0]),
        3 when shape[0] == 1 => new ObservationImage(shape[2], shape[1]),
        _ => throw new ArgumentException($"observations of shape ({string.Join(", ", shape.Dimensions.ToArray())}) cannot be shown as a grey image."),
    };

    /// <summary>Converts <paramref name="observation"/> into <see cref="Pixels"/>.</summary>
    public void Convert(ReadOnlySpan<float> observation)
    {
        if (observation.Length != Pixels.Length)
        {
            throw new ArgumentException($"expected an observation of {Pixels.Length} values, got {observation.Length}.", nameof(observation));
        }

        var minimum = float.PositiveInfinity;
        var maximum = float.NegativeInfinity;
        foreach (var value in observation)
        {
            minimum = MathF.Min(minimum, value);
            maximum = MathF.Max(maximum, value);
        }

        var scale = maximum > minimum ? 255f / (maximum - minimum) : 0f;
        for (var i = 0; i < observation.Length; i++)
        {
            Pixels[i] = (byte)MathF.Round((observation[i] - minimum) * scale);
        }
    }
}
