using SamRL.Environments.Core;
using SamRL.Environments.Spaces;

namespace SamRL.Environments.Tests.Spaces;

public class DiscreteSpaceTests
{
    [Fact]
    public void Contains_AcceptsExactlyStartToStartPlusCountMinusOne()
    {
        var space = new DiscreteSpace(3, start: -1);
        Assert.False(space.Contains(-2));
        Assert.True(space.Contains(-1));
        Assert.True(space.Contains(1));
        Assert.False(space.Contains(2));
        Assert.Equal("Discrete(3, start=-1)", space.ToString());
        Assert.Equal("Discrete(6)", new DiscreteSpace(6).ToString());
    }

    [Fact]
    public void Sample_CoversEveryValueAndNothingElse()
    {
        var space = new DiscreteSpace(4, start: 10);
        var rng = new Rng(0);
        var seen = Enumerable.Range(0, 400).Select(_ => space.Sample(rng)).ToHashSet();
        Assert.Equal([10, 11, 12, 13], seen.Order());
    }

    [Fact]
    public void Sample_IsReproducibleFromTheSeed()
    {
        var space = new DiscreteSpace(18);
        var first = Enumerable.Range(0, 50).Select(_ => space.Sample(new Rng(8))).ToArray();
        var rngA = new Rng(8);
        var rngB = new Rng(8);
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(space.Sample(rngA), space.Sample(rngB));
        }

        Assert.All(first, value => Assert.Equal(first[0], value));
    }

    [Fact]
    public void EnsureContains_NamesTheParameterAndTheSpace()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DiscreteSpace(6).EnsureContains(6));
        Assert.Equal("action", error.ParamName);
        Assert.Contains("Discrete(6)", error.Message);
    }

    [Fact]
    public void ZeroCount_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new DiscreteSpace(0));
}
