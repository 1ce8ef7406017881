using SamRL.Runner.Rendering;
using SamRL.Runner.Runs;
using SkiaSharp;

namespace SamRL.Runner.Tests.Rendering;

public class RewardCurvePlotTests
{
    [Fact]
    public void Png_shows_both_curves_inside_the_plot_area()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("reward.png");
        var points = Enumerable.Range(1, 50)
            .Select(i => new EvaluationPoint(i, i % 2 == 0 ? -21 : 21, 0))
            .ToList();

        RewardCurvePlot.Save(path, "pong — stm, frameskip 32", points);

        using var bitmap = SKBitmap.Decode(path);
        Assert.Equal(800, bitmap.Width);
        Assert.Equal(480, bitmap.Height);
        // The average is 0 everywhere, so its bold line crosses the vertical middle of the plot area.
        var middleY = (40 + (480 - 50)) / 2;
        Assert.Equal(RewardCurvePlot.AverageColor, bitmap.GetPixel(400, middleY));
        Assert.Contains(Enumerable.Range(71, 700).Select(x => bitmap.GetPixel(x, 60)), color => IsNear(color, RewardCurvePlot.RewardColor));
    }

    [Fact]
    public void An_empty_history_still_renders_axes()
    {
        using var stream = new MemoryStream();

        RewardCurvePlot.Render(stream, "no episodes yet", []);

        using var bitmap = SKBitmap.Decode(stream.ToArray());
        Assert.Equal(SKColors.Black, bitmap.GetPixel(70, 200));
    }

    [Fact]
    public void The_title_is_drawn_with_a_font_from_disk()
    {
        // SkiaSharp's Linux build has no font manager: without a font file the plot has no text. Machines without
        // any candidate font (CI installs fonts-dejavu-core) cannot show text, so there is nothing to check there.
        if (!PlotTypeface.Candidates.Any(File.Exists)) return;
        using var stream = new MemoryStream();

        RewardCurvePlot.Render(stream, "open-pong — lstm, frame skip 4", []);

        using var bitmap = SKBitmap.Decode(stream.ToArray());
        var titleBand = from y in Enumerable.Range(10, 25) from x in Enumerable.Range(70, 250) select bitmap.GetPixel(x, y);
        Assert.True(titleBand.Count(color => color.Red < 100) > 50, "expected the title's dark glyph pixels above the plot");
    }

    private static bool IsNear(SKColor actual, SKColor expected) =>
        Math.Abs(actual.Red - expected.Red) < 24 && Math.Abs(actual.Green - expected.Green) < 24 && Math.Abs(actual.Blue - expected.Blue) < 24;
}
