using SamRL.Runner.Rendering;

namespace SamRL.Runner.Tests.Rendering;

public class FrameScalerTests
{
    [Fact]
    public void Each_pixel_becomes_a_scale_by_scale_block()
    {
        byte[] source = [1, 2, 3, 4, 5, 6]; // 3 × 2, one byte per pixel
        var target = new byte[6 * 4];

        FrameScaler.Scale(source, 3, 2, 1, 2, target);

        byte[] expected =
        [
            1, 1, 2, 2, 3, 3,
            1, 1, 2, 2, 3, 3,
            4, 4, 5, 5, 6, 6,
            4, 4, 5, 5, 6, 6,
        ];
        Assert.Equal(expected, target);
    }

    [Fact]
    public void Multi_byte_pixels_are_copied_whole()
    {
        byte[] source = [1, 2, 3, 4, 5, 6]; // 2 × 1, three bytes per pixel
        var target = new byte[6 * 3 * 3];

        FrameScaler.Scale(source, 2, 1, 3, 3, target);

        byte[] row = [1, 2, 3, 1, 2, 3, 1, 2, 3, 4, 5, 6, 4, 5, 6, 4, 5, 6];
        Assert.Equal([.. row, .. row, .. row], target);
    }
}
