using SamRL.Environments.Core;

namespace SamRL.Environments.Tests.Core;

public class RngTests
{
    [Fact]
    public void SplitMix64_FromZero_MatchesPublishedOutputs()
    {
        // The reference outputs of Vigna's splitmix64.c for state 0.
        var generator = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, generator.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, generator.Next());
        Assert.Equal(0x06C45D188009454FUL, generator.Next());
    }

    [Fact]
    public void Xoshiro256StarStar_FromState1234_MatchesPublishedOutputs()
    {
        // The test vector of the rand_xoshiro crate for state words (1, 2, 3, 4).
        ulong[] expected =
        [
            11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600,
            16172922978634559625, 8476171486693032832, 10595114339597558777, 2904607092377533576,
        ];
        var rng = Rng.FromState(1, 2, 3, 4);
        foreach (var value in expected)
        {
            Assert.Equal(value, rng.NextUInt64());
        }
    }

    [Fact]
    public void Seeding_UsesFourSplitMixOutputsOfTheSeed()
    {
        var expander = new SplitMix64(42);
        var expected = (expander.Next(), expander.Next(), expander.Next(), expander.Next());
        Assert.Equal(expected, new Rng(42).GetState());
    }

    [Fact]
    public void Reseed_RestartsTheSequence()
    {
        var rng = new Rng(7);
        var first = rng.NextUInt64();
        rng.NextUInt64();
        rng.Reseed(7);
        Assert.Equal(first, rng.NextUInt64());
    }

    [Fact]
    public void FromState_RestoresACapturedGenerator()
    {
        var rng = new Rng(99);
        rng.NextUInt64();
        var (s0, s1, s2, s3) = rng.GetState();
        var restored = Rng.FromState(s0, s1, s2, s3);
        Assert.Equal(rng.NextUInt64(), restored.NextUInt64());
    }

    [Fact]
    public void FromState_AllZero_Throws() =>
        Assert.Throws<ArgumentException>(() => Rng.FromState(0, 0, 0, 0));

    [Fact]
    public void NextInt_IsUniformOverItsRange()
    {
        const int buckets = 6;
        const int draws = 60_000;
        var counts = new int[buckets];
        var rng = new Rng(1);
        for (var i = 0; i < draws; i++)
        {
            counts[rng.NextInt(buckets)]++;
        }

        // Chi-square with 5 degrees of freedom; 20.5 is the 0.999 quantile.
        var expected = draws / (double)buckets;
        var chiSquare = counts.Sum(count => (count - expected) * (count - expected) / expected);
        Assert.True(chiSquare < 20.5, $"chi-square {chiSquare} for counts {string.Join(",", counts)}");
    }

    [Fact]
    public void NextInt64_ReachesBothInclusiveBoundsAndNothingOutside()
    {
        var rng = new Rng(3);
        var seen = new HashSet<long>();
        for (var i = 0; i < 1000; i++)
        {
            seen.Add(rng.NextInt64(-2, 2));
        }

        Assert.Equal([-2L, -1L, 0L, 1L, 2L], seen.Order());
    }

    [Fact]
    public void NextDoubleAndSingle_StayInTheUnitInterval()
    {
        var rng = new Rng(5);
        for (var i = 0; i < 10_000; i++)
        {
            var d = rng.NextDouble();
            var f = rng.NextSingle();
            Assert.InRange(d, 0.0, 1.0 - double.Epsilon);
            Assert.True(f is >= 0f and < 1f);
        }
    }

    [Fact]
    public void NextGaussian_HasZeroMeanAndUnitVariance()
    {
        var rng = new Rng(11);
        const int n = 50_000;
        var samples = Enumerable.Range(0, n).Select(_ => rng.NextGaussian()).ToArray();
        var mean = samples.Average();
        var variance = samples.Sum(x => (x - mean) * (x - mean)) / n;
        Assert.InRange(mean, -0.03, 0.03);
        Assert.InRange(variance, 0.96, 1.04);
    }

    [Fact]
    public void NextInt_NonPositiveBound_Throws()
    {
        var rng = new Rng(0);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextInt(0));
        Assert.Equal("maxExclusive", error.ParamName);
    }
}
