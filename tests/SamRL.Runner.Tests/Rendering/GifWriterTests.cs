using SamRL.Runner.Rendering;
using SkiaSharp;

namespace SamRL.Runner.Tests.Rendering;

// SkiaSharp's GIF decoder is the independent reference: what it decodes must be exactly what was encoded.
public class GifWriterTests
{
    private static readonly byte[] FourColors = [0, 0, 0, 255, 0, 0, 0, 255, 0, 10, 20, 30];

    [Fact]
    public void Header_and_logical_screen_follow_the_gif89a_layout()
    {
        var bytes = Encode(3, 2, FourColors, [new byte[6]], 5);

        Assert.Equal("GIF89a"u8.ToArray(), bytes[..6]);
        Assert.Equal(new byte[] { 3, 0, 2, 0 }, bytes[6..10]);
        Assert.Equal(0xF1, bytes[10]); // global table, 8-bit resolution, 2^(1+1) = 4 entries
        Assert.Equal(0x3B, bytes[^1]);
    }

    [Fact]
    public void Frames_decode_to_the_encoded_colors_and_delays()
    {
        byte[] first = [0, 1, 2, 3, 3, 2];
        byte[] second = [3, 3, 3, 0, 1, 1];

        var decoded = Decode(Encode(3, 2, FourColors, [first, second], 7));

        Assert.Equal(2, decoded.Count);
        Assert.All(decoded, frame => Assert.Equal(70, frame.DurationMs));
        Assert.Equal(ExpectedPixels(first, FourColors), decoded[0].Pixels);
        Assert.Equal(ExpectedPixels(second, FourColors), decoded[1].Pixels);
    }

    [Fact]
    public void Noisy_frames_that_fill_the_code_table_many_times_round_trip()
    {
        var palette = Enumerable.Range(0, 256 * 3).Select(i => (byte)(i * 37)).ToArray();
        var random = new Random(12);
        var noisy = new byte[160 * 210];
        random.NextBytes(noisy);
        var ramps = Enumerable.Range(0, 160 * 210).Select(i => (byte)(i / 7 % 5)).ToArray();

        var decoded = Decode(Encode(160, 210, palette, [noisy, ramps], 2));

        Assert.Equal(ExpectedPixels(noisy, palette), decoded[0].Pixels);
        Assert.Equal(ExpectedPixels(ramps, palette), decoded[1].Pixels);
    }

    [Fact]
    public void Two_color_image_uses_the_minimum_code_size_of_two()
    {
        byte[] palette = [0, 0, 0, 255, 255, 255];
        var frame = Enumerable.Range(0, 64).Select(i => (byte)((i / 3) % 2)).ToArray();

        var bytes = Encode(8, 8, palette, [frame], 1);
        var decoded = Decode(bytes);

        Assert.Equal(0xF0, bytes[10]);
        Assert.Equal(ExpectedPixels(frame, palette), decoded[0].Pixels);
    }

    [Fact]
    public void Wrong_frame_size_is_rejected()
    {
        using var stream = new MemoryStream();
        using var writer = new GifWriter(stream, 2, 2, FourColors);

        Assert.Throws<ArgumentException>(() => writer.AddFrame(new byte[3], 1));
    }

    private static byte[] Encode(int width, int height, byte[] palette, byte[][] frames, int delay)
    {
        using var stream = new MemoryStream();
        using (var writer = new GifWriter(stream, width, height, palette))
        {
            foreach (var frame in frames)
            {
                writer.AddFrame(frame, delay);
            }
        }

        return stream.ToArray();
    }

    private static uint[] ExpectedPixels(byte[] indices, byte[] palette) =>
        indices.Select(i => 0xFF000000u | ((uint)palette[3 * i] << 16) | ((uint)palette[(3 * i) + 1] << 8) | palette[(3 * i) + 2]).ToArray();

    private static List<(uint[] Pixels, int DurationMs)> Decode(byte[] gif)
    {
        using var codec = SKCodec.Create(new MemoryStream(gif));
        Assert.NotNull(codec);
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Bgra8888, SKAlphaType.Unpremul);
        var frames = new List<(uint[], int)>();
        for (var index = 0; index < codec.FrameCount; index++)
        {
            using var bitmap = new SKBitmap(info);
            Assert.Equal(SKCodecResult.Success, codec.GetPixels(info, bitmap.GetPixels(), new SKCodecOptions(index)));
            frames.Add((bitmap.Pixels.Select(color => (uint)color).ToArray(), codec.FrameInfo[index].Duration));
        }

        return frames;
    }
}
