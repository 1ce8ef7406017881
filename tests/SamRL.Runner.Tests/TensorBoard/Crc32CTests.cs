using System.Text;
using SamRL.Runner.TensorBoard;

namespace SamRL.Runner.Tests.TensorBoard;

public class Crc32CTests
{
    [Fact]
    public void Check_value_of_123456789_is_the_published_one()
    {
        Assert.Equal(0xE3069283u, Crc32C.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    // RFC 3720 (iSCSI), appendix B.4: CRC-32C test vectors over 32-byte buffers.
    [Fact]
    public void Rfc3720_vectors_match()
    {
        Assert.Equal(0x8A9136AAu, Crc32C.Compute(new byte[32]));
        Assert.Equal(0x62A8AB43u, Crc32C.Compute(Enumerable.Repeat((byte)0xFF, 32).ToArray()));
        Assert.Equal(0x46DD794Eu, Crc32C.Compute(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()));
        Assert.Equal(0x113FDB5Cu, Crc32C.Compute(Enumerable.Range(0, 32).Select(i => (byte)(31 - i)).ToArray()));
    }

    [Fact]
    public void Empty_input_has_crc_zero()
    {
        Assert.Equal(0u, Crc32C.Compute([]));
    }

    [Fact]
    public void Odd_lengths_agree_with_a_bitwise_reference()
    {
        var data = Enumerable.Range(0, 37).Select(i => (byte)(i * 7 + 3)).ToArray();
        for (var length = 0; length <= data.Length; length++)
        {
            Assert.Equal(BitwiseCrc32C.Compute(data.AsSpan(0, length)), Crc32C.Compute(data.AsSpan(0, length)));
        }
    }

    [Fact]
    public void Mask_rotates_right_by_15_and_adds_the_tensorflow_delta()
    {
        // 0xE3069283 rotated right by 15 is 0x2507C60D; plus 0xA282EAD8 is 0xC78AB0E5 (worked by hand).
        Assert.Equal(0xC78AB0E5u, Crc32C.Mask(0xE3069283u));
        Assert.Equal(0xA282EAD8u, Crc32C.Mask(0));
    }
}
