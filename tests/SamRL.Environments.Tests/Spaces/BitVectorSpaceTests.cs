using SamRL.Environments.Core;
using SamRL.Environments.Tasks.Episodic;

namespace SamRL.Environments.Tests.Spaces;

public class BitVectorSpaceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(64)]
    public void Samples_set_every_valid_bit_sometimes_and_no_other_bit(int bits)
    {
        var space = new BitVectorSpace(bits);
        var rng = new Rng(6);
        ulong seenSet = 0, seenClear = 0;
        for (var i = 0; i < 200; i++)
        {
            var value = space.Sample(rng);
            Assert.True(space.Contains(value));
            seenSet |= value;
            seenClear |= ~value;
        }

        var valid = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        Assert.Equal(valid, seenSet);
        Assert.Equal(valid, seenClear & valid);
    }

    [Fact]
    public void Contains_rejects_bits_beyond_the_width()
    {
        var space = new BitVectorSpace(32);
        Assert.True(space.Contains(0xFFFF_FFFFUL));
        Assert.False(space.Contains(1UL << 32));
        Assert.True(new BitVectorSpace(64).Contains(ulong.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitVectorSpace(65));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitVectorSpace(0));
    }
}
