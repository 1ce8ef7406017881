using SamRL.Environments.Spaces;
using SamRL.Environments.Tests.Core;
using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

public class AtariPreprocessingWrapperTests
{
    private static ScriptedEnv<byte> RgbScreens() => new(new SpaceShape(210, 160, 3))
    {
        Pixel = (t, i) => (byte)((((i * 2654435761L) >> 7) + (t * 31)) & 0xFF),
    };

    private static float[] Gray(byte[] rgb, int top, int rows, Func<int, int, int, double> conversion)
    {
        var gray = new float[rows * 160];
        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < 160; x++)
            {
                var p = (((top + y) * 160) + x) * 3;
                gray[(y * 160) + x] = (float)conversion(rgb[p], rgb[p + 1], rgb[p + 2]);
            }
        }

        return gray;
    }

    [Fact]
    public void Authors_CropMeanScaleAndHalveByTwoByTwoAverages()
    {
        var env = RgbScreens();
        using var wrapper = new AtariPreprocessingWrapper<int>(env, AtariPreprocessingOptions.Authors());
        Assert.Equal(new SpaceShape(1, 80, 80), wrapper.ObservationSpace.Shape);
        var observation = wrapper.Reset().Observation.ToArray();

        // Rows 34..193, mean of channels, /255; bilinear 160 → 80 samples halfway between pixel pairs,
        // i.e. the mean of each 2×2 block; the second 80 → 80 resize changes nothing.
        var gray = Gray(env.FrameAt(0), 34, 160, (r, g, b) => (r + g + b) / 3.0 / 255.0);
        for (var y = 0; y < 80; y++)
        {
            for (var x = 0; x < 80; x++)
            {
                var expected = (gray[(2 * y * 160) + (2 * x)] + gray[(2 * y * 160) + (2 * x) + 1] +
                                gray[(((2 * y) + 1) * 160) + (2 * x)] + gray[(((2 * y) + 1) * 160) + (2 * x) + 1]) / 4;
                Assert.Equal(expected, observation[(y * 80) + x], 1e-5f);
            }
        }
    }

    [Fact]
    public void DeepMind_ByteLuminanceThenAreaTo84RoundedToBytes()
    {
        var env = RgbScreens();
        using var wrapper = new AtariPreprocessingWrapper<int>(env, AtariPreprocessingOptions.DeepMind);
        Assert.Equal(new SpaceShape(1, 84, 84), wrapper.ObservationSpace.Shape);
        wrapper.Reset();
        var observation = wrapper.Step(0).Observation.ToArray();

        // OpenCV on uint8: COLOR_RGB2GRAY in 15-bit fixed point, INTER_AREA rounded to the nearest byte.
        var gray = Gray(env.FrameAt(1), 0, 210, (r, g, b) => ((9798 * (int)r) + (19235 * (int)g) + (3735 * (int)b) + 16384) >> 15);
        // The exact footprint average decides the byte, except within float noise of a .5 tie, where OpenCV's
        // single-precision sum decides (those cases are pinned by OpenCvByteFactsTests).
        var expected = ReferenceImages.Area(gray, 210, 160, 84, 84);
        Assert.All(Enumerable.Range(0, expected.Length), i =>
        {
            var bytes = observation[i] * 255f;
            var nearTie = Math.Abs(expected[i] - MathF.Floor(expected[i]) - 0.5f) < 1e-3f;
            var allowed = nearTie ? new[] { MathF.Floor(expected[i]), MathF.Ceiling(expected[i]) } : [MathF.Round(expected[i], MidpointRounding.ToEven)];
            Assert.Contains(allowed, value => Math.Abs(value - bytes) < 1e-3f);
        });
    }

    [Fact]
    public void FloatLuminance_IsTheUnroundedFormula()
    {
        var env = RgbScreens();
        using var wrapper = new AtariPreprocessingWrapper<int>(env, AtariPreprocessingOptions.DeepMind with { RoundToBytes = false });
        var observation = wrapper.Reset().Observation.ToArray();
        var gray = Gray(env.FrameAt(0), 0, 210, (r, g, b) => ((0.299 * r) + (0.587 * g) + (0.114 * b)) / 255.0);
        var expected = ReferenceImages.Area(gray, 210, 160, 84, 84);
        Assert.All(Enumerable.Range(0, expected.Length), i => Assert.Equal(expected[i], observation[i], 1e-5f));
    }

    [Fact]
    public void RoundToBytes_RefusesChannelMeanAndBilinear()
    {
        var mean = Assert.Throws<ArgumentException>(() => new AtariPreprocessingWrapper<int>(RgbScreens(), AtariPreprocessingOptions.Authors() with { RoundToBytes = true }));
        Assert.Contains("Luminance", mean.Message);
        var bilinear = Assert.Throws<ArgumentException>(() => new AtariPreprocessingWrapper<int>(
            RgbScreens(), AtariPreprocessingOptions.Small42 with { Grayscale = GrayscaleConversion.Luminance, RoundToBytes = true }));
        Assert.Contains("ResizeInterpolation.Area", bilinear.Message);
    }

    [Fact]
    public void GrayScreens_AreUsedAsTheyAre()
    {
        var env = new ScriptedEnv<byte>(new SpaceShape(4, 4)) { Pixel = (_, i) => (byte)(i * 10) };
        var options = new AtariPreprocessingOptions { CropTop = 2, Resizes = [new ResizeStep(1, 2, ResizeInterpolation.Area)], ScaleToUnitRange = false };
        using var wrapper = new AtariPreprocessingWrapper<int>(env, options);
        var observation = wrapper.Reset().Observation.ToArray();
        Assert.Equal([(80 + 90 + 120 + 130) / 4f, (100 + 110 + 140 + 150) / 4f], observation);
    }

    [Fact]
    public void Small42_CropsAveragesTheChannelsAndResizesBilinearlyTo80ThenTo42()
    {
        var env = RgbScreens();
        using var wrapper = new AtariPreprocessingWrapper<int>(env, AtariPreprocessingOptions.Small42);
        Assert.Equal(new SpaceShape(1, 42, 42), wrapper.ObservationSpace.Shape);
        var observation = wrapper.Reset().Observation.ToArray();

        // Rows 34..193 (universe-starter-agent's crop), channel mean, /255, bilinear to 80×80 and then to 42×42. That code
        // resizes the RGB bytes first; resizing and averaging are both linear, so only its byte rounding differs.
        var gray = Gray(env.FrameAt(0), 34, 160, (r, g, b) => (r + g + b) / 3.0 / 255.0);
        var expected = ReferenceImages.Bilinear(ReferenceImages.Bilinear(gray, 160, 160, 80, 80), 80, 80, 42, 42);
        Assert.All(Enumerable.Range(0, expected.Length), i => Assert.Equal(expected[i], observation[i], 1e-5f));
    }

    [Fact]
    public void CropOutsideTheScreen_NamesTheOption()
    {
        var options = new AtariPreprocessingOptions { CropTop = 100, CropHeight = 111 };
        var error = Assert.Throws<ArgumentException>(() => new AtariPreprocessingWrapper<int>(RgbScreens(), options));
        Assert.Contains("CropTop = 100", error.Message);
        Assert.Contains("210", error.Message);
    }

    [Fact]
    public void NonScreenObservations_AreRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new AtariPreprocessingWrapper<int>(new ScriptedEnv<byte>(new SpaceShape(128))));
        Assert.Contains("(128,)", error.Message);
    }
}
