namespace SamRL.Environments.Wrappers;

/// <summary>One <c>cv2.resize</c> call of a preprocessing chain.</summary>
/// <param name="Height">Target height in pixels.</param>
/// <param name="Width">Target width in pixels.</param>
/// <param name="Interpolation">The resampling rule.</param>
public readonly record struct ResizeStep(int Height, int Width, ResizeInterpolation Interpolation);
