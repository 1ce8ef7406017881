using SamRL.Environments.Wrappers;

namespace SamRL.Environments.Tests.Wrappers;

public class ImageResizerTests
{
    private static float[] Resize(float[] source, int height, int width, int newHeight, int newWidth, ResizeInterpolation interpolation)
    {
        var destination = new float[newHeight * newWidth];
        new ImageResizer(height, width, newHeight, newWidth, interpolation).Resize(source, destination);
        return destination;
    }

    [Fact]
    public void Bilinear_HalvingAveragesPairs()
    {
        // Coordinates (d + 0.5)·2 − 0.5 = 2d + 0.5: halfway between pixels 2d and 2d + 1.
        Assert.Equal([1.5f, 3.5f], Resize([1, 2, 3, 4], 1, 4, 1, 2, ResizeInterpolation.Bilinear));
    }

    [Fact]
    public void Bilinear_DoublingClampsAtTheEdges()
    {
        // Coordinates −0.25 → 0 (clamped), 0.25, 0.75, 1.25 → 1 (clamped) between values 0 and 4.
        Assert.Equal([0f, 1f, 3f, 4f], Resize([0, 4], 1, 2, 1, 4, ResizeInterpolation.Bilinear));
    }

    [Fact]
    public void Bilinear_SameSizeIsTheIdentity()
    {
        var image = ReferenceImages.Random(80 * 80, 1);
        Assert.Equal(image, Resize(image, 80, 80, 80, 80, ResizeInterpolation.Bilinear));
    }

    [Fact]
    public void Area_ThreeToTwoWeighsTheSharedPixelByHalf()
    {
        // Footprints [0, 1.5) and [1.5, 3): (0 + 3/2)/1.5 = 1 and (3/2 + 6)/1.5 = 5.
        Assert.Equal([1f, 5f], Resize([0, 3, 6], 1, 3, 1, 2, ResizeInterpolation.Area));
    }

    [Fact]
    public void Area_IntegerFactorIsTheBlockMean()
    {
        float[] image = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
        Assert.Equal([(1 + 2 + 5 + 6) / 4f, (3 + 4 + 7 + 8) / 4f, (9 + 10 + 13 + 14) / 4f, (11 + 12 + 15 + 16) / 4f], Resize(image, 4, 4, 2, 2, ResizeInterpolation.Area));
    }

    [Theory]
    [InlineData(7, 5, 3, 4)]
    [InlineData(5, 3, 11, 8)]
    [InlineData(160, 160, 80, 80)]
    [InlineData(80, 80, 42, 42)]
    [InlineData(210, 160, 84, 84)]
    public void Bilinear_MatchesTheDirectDefinition(int height, int width, int newHeight, int newWidth)
    {
        var image = ReferenceImages.Random(height * width, height + width);
        var expected = ReferenceImages.Bilinear(image, height, width, newHeight, newWidth);
        var actual = Resize(image, height, width, newHeight, newWidth, ResizeInterpolation.Bilinear);
        Assert.All(Enumerable.Range(0, expected.Length), i => Assert.Equal(expected[i], actual[i], 2e-3f));
    }

    [Theory]
    [InlineData(7, 5, 3, 2)]
    [InlineData(210, 160, 84, 84)]
    [InlineData(160, 160, 42, 42)]
    [InlineData(9, 9, 9, 9)]
    public void Area_MatchesTheExactFootprintAverage(int height, int width, int newHeight, int newWidth)
    {
        var image = ReferenceImages.Random(height * width, height * width);
        var expected = ReferenceImages.Area(image, height, width, newHeight, newWidth);
        var actual = Resize(image, height, width, newHeight, newWidth, ResizeInterpolation.Area);
        Assert.All(Enumerable.Range(0, expected.Length), i => Assert.Equal(expected[i], actual[i], 2e-3f));
    }

    [Fact]
    public void Area_RefusesToEnlarge()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ImageResizer(2, 2, 4, 2, ResizeInterpolation.Area));
        Assert.Contains("enlarges", error.Message);
    }

    [Fact]
    public void WrongBufferSizes_AreReportedWithTheExpectedSize()
    {
        var resizer = new ImageResizer(4, 4, 2, 2, ResizeInterpolation.Bilinear);
        var source = Assert.Throws<ArgumentException>(() => resizer.Resize(new float[15], new float[4]));
        Assert.Equal("source", source.ParamName);
        Assert.Contains("4×4", source.Message);
        var destination = Assert.Throws<ArgumentException>(() => resizer.Resize(new float[16], new float[5]));
        Assert.Equal("destination", destination.ParamName);
    }
}
