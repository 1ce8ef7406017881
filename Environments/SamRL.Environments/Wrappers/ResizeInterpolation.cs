namespace SamRL.Environments.Wrappers;

/// <summary>The resampling rules of <see cref="ImageResizer"/>, defined as OpenCV's <c>cv2.resize</c> defines them.</summary>
public enum ResizeInterpolation
{
    /// <summary>
    /// <c>INTER_LINEAR</c>: destination pixel <c>d</c> samples source coordinate <c>(d + 0.5) · src/dst − 0.5</c>
    /// (half-pixel centres), clamped to the image, and interpolates linearly between the two neighbours.
    /// </summary>
    Bilinear,

    /// <summary>
    /// <c>INTER_AREA</c> for shrinking: each destination pixel is the average of the source pixels under its
    /// footprint, weighted by the covered fraction of each. Enlarging is not supported (OpenCV switches rules there).
    /// </summary>
    Area,
}
