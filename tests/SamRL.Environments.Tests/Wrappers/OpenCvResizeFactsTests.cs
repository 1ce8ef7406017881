using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

/// <summary>
/// Outputs of OpenCV 4.6.0's <c>cv2.resize</c> (Debian's python3-opencv) on float32 images whose element
/// <c>i</c> is <c>((37 i) mod 11) / 10</c>, recorded as published facts for <see cref="ImageResizer"/> to reproduce.
/// </summary>
public class OpenCvResizeFactsTests
{
    private static float[] Image(int height, int width) =>
        Enumerable.Range(0, height * width).Select(i => (float)((i * 37) % 11) / 10f).ToArray();

    public static TheoryData<int, int, int, int, ResizeInterpolation, float[]> Facts => new()
    {
        { 7, 5, 3, 4, ResizeInterpolation.Bilinear, [0.5583333f, 0.4166667f, 0.68750006f, 0.40833336f, 0.55f, 0.6375f, 0.45f, 0.95f, 0.40416682f, 0.58333325f, 0.39583328f, 0.4833333f] },
        {
            4, 6, 7, 3, ResizeInterpolation.Bilinear,
            [0.20000002f, 0.45000002f, 0.6999999f, 0.27142859f, 0.5214286f, 0.575f, 0.3857143f, 0.6357143f, 0.375f, 0.5f, 0.475f, 0.45f, 0.61428577f, 0.31428573f, 0.525f, 0.7285714f, 0.4285714f, 0.32500005f, 0.8f, 0.5f, 0.2f]
        },
        { 7, 5, 3, 2, ResizeInterpolation.Area, [0.42857146f, 0.50857145f, 0.47428572f, 0.55428576f, 0.52f, 0.41142857f] },
        { 10, 7, 4, 3, ResizeInterpolation.Area, [0.4828572f, 0.42285714f, 0.5514286f, 0.41428572f, 0.54285717f, 0.48285717f, 0.46571428f, 0.5314286f, 0.50285715f, 0.58571434f, 0.4628572f, 0.43428573f] },
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public void Resize_ReproducesOpenCv(int height, int width, int newHeight, int newWidth, ResizeInterpolation interpolation, float[] expected)
    {
        var actual = new float[newHeight * newWidth];
        new ImageResizer(height, width, newHeight, newWidth, interpolation).Resize(Image(height, width), actual);
        Assert.Equal(expected, actual);
    }
}
