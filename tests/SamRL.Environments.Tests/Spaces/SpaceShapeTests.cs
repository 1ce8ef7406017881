using SamRL.Environments.Spaces;

namespace SamRL.Environments.Tests.Spaces;

public class SpaceShapeTests
{
    [Fact]
    public void Shape_ReportsDimensionsCountAndNotation()
    {
        var shape = new SpaceShape(210, 160, 3);
        Assert.Equal(3, shape.Rank);
        Assert.Equal(100_800, shape.ElementCount);
        Assert.Equal(160, shape[1]);
        Assert.Equal("(210, 160, 3)", shape.ToString());
        Assert.Equal("(4,)", new SpaceShape(4).ToString());
        Assert.Equal("()", SpaceShape.Scalar.ToString());
        Assert.Equal(1, SpaceShape.Scalar.ElementCount);
    }

    [Fact]
    public void Shapes_AreComparedByValue()
    {
        Assert.Equal(new SpaceShape(1, 80, 80), new SpaceShape(1, 80, 80));
        Assert.Equal(new SpaceShape(1, 80, 80).GetHashCode(), new SpaceShape(1, 80, 80).GetHashCode());
        Assert.NotEqual(new SpaceShape(80, 80), new SpaceShape(1, 80, 80));
    }

    [Fact]
    public void NonPositiveDimension_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SpaceShape(3, 0));
        Assert.Contains("dimension 1", error.Message);
    }
}
