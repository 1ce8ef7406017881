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
    public void Sample_IsReproducibleFromTheSeedAndDependsOnIt()
    {
        var space = new DiscreteSpace(18);
        int[] Draw(ulong seed)
        {
            var rng = new Rng(seed);
            return Enumerable.Range(0, 50).Select(_ => space.Sample(rng)).ToArray();
        }

        Assert.Equal(Draw(8), Draw(8));
        Assert.NotEqual(Draw(8), Draw(9));
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
