using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Tests.Spaces;

public class MultiBinarySpaceTests
{
    [Fact]
    public void Sample_ProducesBothBitsOnly()
    {
        var space = new MultiBinarySpace(256);
        var value = new byte[256];
        space.Sample(new Rng(4), value);
        Assert.True(space.Contains(value));
        Assert.Equal([0, 1], value.Distinct().Order().Select(b => (int)b));
    }

    [Fact]
    public void Contains_RejectsOtherBytesAndWrongLength()
    {
        var space = new MultiBinarySpace(new SpaceShape(2, 2));
        Assert.True(space.Contains([0, 1, 1, 0]));
        Assert.False(space.Contains([0, 2, 1, 0]));
        Assert.False(space.Contains([0, 1, 1]));
        Assert.Equal("MultiBinary((2, 2))", space.ToString());
    }
}
