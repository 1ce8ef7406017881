using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Tests.Spaces;

public class BoxSpaceTests
{
    [Fact]
    public void ByteBox_SampleStaysInBoundsAndReachesThem()
    {
        var space = new BoxSpace<byte>(2, 5, new SpaceShape(1000));
        var value = new byte[1000];
        space.Sample(new Rng(1), value);
        Assert.True(space.Contains(value));
        Assert.Equal([2, 3, 4, 5], value.Distinct().Order().Select(b => (int)b));
    }

    [Fact]
    public void FloatBox_PerElementBoundsAreRespected()
    {
        float[] low = [-1f, 0f, 10f];
        float[] high = [1f, 0f, 20f];
        var space = new BoxSpace<float>(low, high, new SpaceShape(3));
        var value = new float[3];
        var rng = new Rng(2);
        for (var i = 0; i < 200; i++)
        {
            space.Sample(rng, value);
            Assert.InRange(value[0], -1f, 1f);
            Assert.Equal(0f, value[1]);
            Assert.InRange(value[2], 10f, 20f);
        }
    }

    [Fact]
    public void UnboundedFloatBox_SamplesFiniteValuesOnTheRightSide()
    {
        var space = new BoxSpace<float>(
            [float.NegativeInfinity, 3f, float.NegativeInfinity],
            [float.PositiveInfinity, float.PositiveInfinity, -3f],
            new SpaceShape(3));
        var value = new float[3];
        var rng = new Rng(3);
        for (var i = 0; i < 200; i++)
        {
            space.Sample(rng, value);
            Assert.True(float.IsFinite(value[0]));
            Assert.True(value[1] >= 3f);
            Assert.True(value[2] <= -3f);
        }
    }

    [Fact]
    public void Contains_RejectsOutOfBoundsNaNAndWrongLength()
    {
        var space = new BoxSpace<float>(0f, 1f, new SpaceShape(2, 2));
        Assert.True(space.Contains([0f, 0.5f, 1f, 1f]));
        Assert.False(space.Contains([0f, 0.5f, 1.01f, 1f]));
        Assert.False(space.Contains([0f, float.NaN, 1f, 1f]));
        Assert.False(space.Contains([0f, 0.5f, 1f]));
    }

    [Fact]
    public void InvertedBounds_Throw()
    {
        var error = Assert.Throws<ArgumentException>(() => new BoxSpace<float>([0f, 2f], [1f, 1f], new SpaceShape(2)));
        Assert.Contains("element 1", error.Message);
    }

    [Fact]
    public void WrongBoundLength_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new BoxSpace<float>([0f], [1f, 1f], new SpaceShape(2)));
        Assert.Equal("low", error.ParamName);
    }

    [Fact]
    public void Sample_WrongDestinationLength_Throws()
    {
        var space = new BoxSpace<byte>(0, 255, new SpaceShape(4));
        var error = Assert.Throws<ArgumentException>(() => space.Sample(new Rng(0), new byte[3]));
        Assert.Equal("destination", error.ParamName);
        Assert.Contains("(4,)", error.Message);
    }

    [Fact]
    public void ToString_ShowsBoundsShapeAndType() =>
        Assert.Equal("Box(0, 255, (210, 160, 3), Byte)", new BoxSpace<byte>(0, 255, new SpaceShape(210, 160, 3)).ToString());
}
