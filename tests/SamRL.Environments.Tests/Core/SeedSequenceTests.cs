using SamRL.Environments.Core;

namespace SamRL.Environments.Tests.Core;

public class SeedSequenceTests
{
    [Fact]
    public void Derive_FollowsTheDocumentedFormula()
    {
        static ulong Mix(ulong z)
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        Assert.Equal(Mix(123UL ^ Mix(4UL + 0x9E3779B97F4A7C15UL)), SeedSequence.Derive(123, 4));
    }

    [Fact]
    public void Derive_StreamsAndSeedsGiveDistinctValues()
    {
        var values = new HashSet<ulong>();
        for (ulong seed = 0; seed < 32; seed++)
        {
            for (ulong stream = 0; stream < 32; stream++)
            {
                Assert.True(values.Add(SeedSequence.Derive(seed, stream)), $"collision at seed {seed}, stream {stream}");
            }
        }
    }
}
