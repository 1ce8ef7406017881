using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

/// <summary>
/// Outputs of OpenCV 4.6.0 (Debian's python3-opencv) on <c>uint8</c> images — <c>cvtColor(RGB2GRAY)</c> then
/// <c>resize(INTER_AREA)</c> — recorded as published facts for <see cref="AtariPreprocessingOptions.RoundToBytes"/>.
/// </summary>
public class OpenCvByteFactsTests
{
    private static float[] Preprocess(ScriptedEnv<byte> env, int height, int width)
    {
        var options = new AtariPreprocessingOptions { Resizes = [new ResizeStep(height, width, ResizeInterpolation.Area)], RoundToBytes = true, ScaleToUnitRange = false };
        using var wrapper = new AtariPreprocessingWrapper<int>(env, options);
        return wrapper.Reset().Observation.ToArray();
    }

    // RGB byte i = (73 i + 19) mod 256.
    private static ScriptedEnv<byte> Rgb(int height, int width) =>
        new(new SpaceShape(height, width, 3)) { Pixel = (_, i) => (byte)(((i * 73) + 19) % 256) };

    private static ScriptedEnv<byte> Gray(int height, int width, byte[] pixels) =>
        new(new SpaceShape(height, width)) { Pixel = (_, i) => pixels[i] };

    [Fact]
    public void RgbToGrayThenAreaShrink_MatchesOpenCv()
    {
        Assert.Equal([107f, 104, 145, 162, 124, 89, 95, 137, 144, 127, 100, 107], Preprocess(Rgb(6, 5), 4, 3));
        Assert.Equal([120f, 137, 116, 118, 105, 115, 125, 103, 133, 128, 150, 134], Preprocess(Rgb(7, 9), 3, 4));
        Assert.Equal([126f, 116, 112, 132, 110, 119], Preprocess(Rgb(6, 4), 3, 2));
    }

    [Fact]
    public void TwoByTwoShrink_RoundsTiesUp()
    {
        // Blocks sum to 2 and 10: means 0.5 and 2.5 become 1 and 3 in OpenCV's 2×2 path.
        Assert.Equal([1f, 3f], Preprocess(Gray(2, 4, [0, 1, 2, 3, 1, 0, 3, 2]), 1, 2));
    }

    [Fact]
    public void OtherShrinks_RoundTiesToEven()
    {
        // Means of 2.5 become 2 for 4×4 → 1×1, 2×4 → 1×1 and 3×2 → 1×1.
        Assert.Equal([2f], Preprocess(Gray(4, 4, [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3]), 1, 1));
        Assert.Equal([2f], Preprocess(Gray(2, 4, [2, 3, 2, 3, 3, 2, 3, 2]), 1, 1));
        Assert.Equal([2f], Preprocess(Gray(3, 2, [2, 3, 2, 3, 2, 3]), 1, 1));
    }
}
