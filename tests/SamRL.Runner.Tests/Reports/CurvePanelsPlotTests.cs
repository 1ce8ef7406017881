using SamRL.Runner.Reports;
using SamRL.Runner.Tests.Cli;
using SkiaSharp;

namespace SamRL.Runner.Tests.Reports;

public class CurvePanelsPlotTests
{
    [Fact]
    public void Pong_figure_has_one_panel_per_frame_skip_two_to_a_row()
    {
        using var fixture = new ExperimentFixture();
        fixture.Group("fig3", "final 100-game moving-average reward", ["LSTM", "STM"], ["frame skip 0", "frame skip 4", "frame skip 16", "frame skip 32"]);
        foreach (var skip in new[] { 0, 4, 16, 32 })
        {
            fixture.Config("fig3", $"pong-fs{skip}-stm", ExperimentFixture.PongConfig($"pong-fs{skip}-stm", "STM", $"frame skip {skip}"));
        }

        fixture.PongRun("pong-fs4-stm", 1, [-21, -15, -9, -3], frames: 40_000, seconds: 60, rom: "pong.bin");

        var (exit, _, _) = InProcessRunner.Run("report", "--configs", fixture.Configs, "--results", fixture.Results);

        Assert.Equal(0, exit);
        using var bitmap = SKBitmap.Decode(Path.Combine(fixture.Results, "fig3.png"));
        // Four 560 × 360 panels in two rows of two, under a 36-pixel title strip.
        Assert.Equal(1120, bitmap.Width);
        Assert.Equal(36 + 720, bitmap.Height);
        // Only the frame-skip-4 panel (top right) has a curve; STM is the group's second row, so the palette's second colour.
        var stm = CurvePanelsPlot.Palette[1];
        Assert.Contains(Pixels(bitmap, 560, 1120, 36, 396), color => color == stm);
        Assert.DoesNotContain(Pixels(bitmap, 0, 560, 36, 396), color => color == stm);
        Assert.DoesNotContain(Pixels(bitmap, 0, 1120, 396, 756), color => color == stm);
    }

    [Fact]
    public void The_band_spans_the_seeds_and_the_line_runs_through_their_mean()
    {
        var band = new[] { new BandPoint(0, 0, -10, 10), new BandPoint(10, 0, -10, 10) };
        var panel = new CurvePanel("flat", "x", "y", [new CurveSeries("STM", new SKColor(0xC0, 0x39, 0x2B), band)], "not run");
        using var stream = new MemoryStream();

        CurvePanelsPlot.Render(stream, "one panel", [panel]);

        using var bitmap = SKBitmap.Decode(stream.ToArray());
        Assert.Equal((560, 396), (bitmap.Width, bitmap.Height));
        // Plot area: x 70..544, y 36+34 .. 36+360-46, i.e. 70..350; y from -10 (bottom) to 10 (top), so 0 is at 210.
        Assert.Equal(new SKColor(0xC0, 0x39, 0x2B), bitmap.GetPixel(200, 210));
        // Inside the band: the line colour at alpha 0x40 over white, 255 − (255 − c) · 64/255 per channel = (239, 205, 202).
        var insideBand = bitmap.GetPixel(200, 120);
        Assert.InRange(insideBand.Red, 237, 241);
        Assert.InRange(insideBand.Green, 203, 207);
        Assert.InRange(insideBand.Blue, 200, 204);
        Assert.Equal(SKColors.White, bitmap.GetPixel(200, 60));
    }

    [Fact]
    public void The_legend_goes_to_the_corner_the_curve_leaves_free()
    {
        // A rising diagonal passes through the top-right and bottom-left corners, so the legend moves to the bottom right.
        var diagonal = Enumerable.Range(0, 101).Select(x => new BandPoint(x, x, x, x)).ToArray();
        var panel = new CurvePanel("rising", "x", "y", [new CurveSeries("STM", new SKColor(0xC0, 0x39, 0x2B), diagonal)], "not run");
        using var stream = new MemoryStream();

        CurvePanelsPlot.Render(stream, "one panel", [panel]);

        using var bitmap = SKBitmap.Decode(stream.ToArray());
        // Plot area: x 70..544, y 70..350 (see above); the legend's border is light grey (0xC0, 0xC0, 0xC0).
        var border = new SKColor(0xC0, 0xC0, 0xC0);
        Assert.Contains(Pixels(bitmap, 307, 544, 210, 350), color => color == border);
        Assert.DoesNotContain(Pixels(bitmap, 307, 544, 70, 210), color => color == border);
        Assert.DoesNotContain(Pixels(bitmap, 70, 307, 70, 350), color => color == border);
    }

    [Fact]
    public void When_every_corner_would_hide_the_curve_the_legend_gets_a_band_above_it()
    {
        // A sawtooth climbing 0, 0.05, …, 1 every 0.1 along x puts points all over the plot area, so no corner is free.
        var zigzag = Enumerable.Range(0, 1001).Select(x => new BandPoint(x / 10.0, x % 21 / 20.0, x % 21 / 20.0, x % 21 / 20.0)).ToArray();
        var red = new SKColor(0xC0, 0x39, 0x2B);
        var panel = new CurvePanel("full", "x", "y", [new CurveSeries("STM", red, zigzag)], "not run");
        using var stream = new MemoryStream();

        CurvePanelsPlot.Render(stream, "one panel", [panel]);

        using var bitmap = SKBitmap.Decode(stream.ToArray());
        // Plot area: x 70..544, y 70..350; the legend's border is light grey. Its lowest row is above the curve's highest
        // (the curve looked for left of x 400, clear of the legend's own red swatch at the right).
        var border = new SKColor(0xC0, 0xC0, 0xC0);
        var borderRows = Rows(bitmap, 71, 544, 71, 350, color => color == border).ToArray();
        var curveRows = Rows(bitmap, 71, 400, 71, 350, color => color == red).ToArray();
        Assert.NotEmpty(borderRows);
        Assert.True(borderRows.Max() < curveRows.Min(), $"legend reaches row {borderRows.Max()}, the curve row {curveRows.Min()}");
    }

    [Fact]
    public void A_run_that_logged_once_is_marked_by_a_dot()
    {
        var lstm = Enumerable.Range(1, 10).Select(i => new BandPoint(i * 200, 20 + i, 20 + i, 20 + i)).ToArray();
        var stm = new[] { new BandPoint(1000, 25, 25, 25) };
        var red = new SKColor(0xC0, 0x39, 0x2B);
        var panel = new CurvePanel("CH N=5", "iteration", "accuracy", [new CurveSeries("LSTM", new SKColor(0x1F, 0x4E, 0x96), lstm), new CurveSeries("STM", red, stm)], "not run");
        using var stream = new MemoryStream();

        CurvePanelsPlot.Render(stream, "one panel", [panel]);

        using var bitmap = SKBitmap.Decode(stream.ToArray());
        // x 200..2,000 over 70..544 puts 1,000 at 280.7; y 21..30 over 350..70 puts 25 at 225.6.
        Assert.Equal(red, bitmap.GetPixel(281, 226));
    }

    private static IEnumerable<int> Rows(SKBitmap bitmap, int left, int right, int top, int bottom, Func<SKColor, bool> match)
    {
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                if (match(bitmap.GetPixel(x, y)))
                {
                    yield return y;
                    break;
                }
            }
        }
    }

    private static IEnumerable<SKColor> Pixels(SKBitmap bitmap, int left, int right, int top, int bottom)
    {
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                yield return bitmap.GetPixel(x, y);
            }
        }
    }
}
