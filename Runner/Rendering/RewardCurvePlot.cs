using SamRL.Runner.Runs;
using SkiaSharp;

namespace SamRL.Runner.Rendering;

/// <summary>
/// Draws the paper's training curve (Fig. 3): the reward of each evaluation episode (thin, light) and its
/// 100-episode moving average (bold) against the number of evaluation episodes, as a PNG.
/// </summary>
public static class RewardCurvePlot
{
    private const int Width = 800;
    private const int Height = 480;
    private const float Left = 70;
    private const float Right = 20;
    private const float Top = 40;
    private const float Bottom = 50;

    /// <summary>Colour of the per-episode reward line.</summary>
    public static readonly SKColor RewardColor = new(0x9E, 0xC5, 0xE8);

    /// <summary>Colour of the moving-average line.</summary>
    public static readonly SKColor AverageColor = new(0x1F, 0x4E, 0x96);

    /// <summary>Renders <paramref name="points"/> with <paramref name="title"/> and writes the PNG to <paramref name="path"/> atomically.</summary>
    public static void Save(string path, string title, IReadOnlyList<EvaluationPoint> points) =>
        AtomicFile.Write(path, stream => Render(stream, title, points));

    /// <summary>Renders <paramref name="points"/> as an 800 × 480 PNG into <paramref name="output"/>.</summary>
    public static void Render(Stream output, string title, IReadOnlyList<EvaluationPoint> points)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var font = new SKFont(PlotTypeface.Typeface, 13);
        using var textPaint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText(title, Left, Top - 15, SKTextAlign.Left, font, textPaint);

        var (minimum, maximum) = RewardRange(points);
        var lastEpisode = points.Count == 0 ? 1 : Math.Max(1, points[^1].Episode);
        var area = new SKRect(Left, Top, Width - Right, Height - Bottom);
        DrawAxes(canvas, area, minimum, maximum, lastEpisode, font, textPaint);

        SKPoint ToPixel(long episode, double reward) => new(
            area.Left + (area.Width * episode / lastEpisode),
            (float)(area.Bottom - (area.Height * (reward - minimum) / (maximum - minimum))));

        DrawLine(canvas, points.Select(p => ToPixel(p.Episode, p.Reward)), RewardColor, 1);
        DrawLine(canvas, points.Select(p => ToPixel(p.Episode, p.AverageReward100)), AverageColor, 3);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        png.SaveTo(output);
    }

    private static (double Minimum, double Maximum) RewardRange(IReadOnlyList<EvaluationPoint> points)
    {
        if (points.Count == 0)
        {
            return (-1, 1);
        }

        var minimum = points.Min(p => Math.Min(p.Reward, p.AverageReward100));
        var maximum = points.Max(p => Math.Max(p.Reward, p.AverageReward100));
        return minimum == maximum ? (minimum - 1, maximum + 1) : (minimum, maximum);
    }

    private static void DrawAxes(
        SKCanvas canvas, SKRect area, double minimum, double maximum, long lastEpisode, SKFont font, SKPaint textPaint)
    {
        using var axisPaint = new SKPaint { Color = SKColors.Black, StrokeWidth = 1, IsAntialias = false, Style = SKPaintStyle.Stroke };
        using var gridPaint = new SKPaint { Color = new SKColor(0xE0, 0xE0, 0xE0), StrokeWidth = 1, Style = SKPaintStyle.Stroke };
        var rewardTicks = AxisTicks.Within(minimum, maximum);
        foreach (var reward in rewardTicks.Values)
        {
            var y = (float)(area.Bottom - (area.Height * (reward - minimum) / (maximum - minimum)));
            canvas.DrawLine(area.Left, y, area.Right, y, gridPaint);
            canvas.DrawText(rewardTicks.Label(reward), area.Left - 8, y + 4, SKTextAlign.Right, font, textPaint);
        }

        var episodeTicks = AxisTicks.Within(0, lastEpisode);
        foreach (var episode in episodeTicks.Values)
        {
            var x = (float)(area.Left + (area.Width * episode / lastEpisode));
            canvas.DrawLine(x, area.Bottom, x, area.Bottom + 4, axisPaint);
            canvas.DrawText(episodeTicks.Label(episode), x, area.Bottom + 18, SKTextAlign.Center, font, textPaint);
        }

        canvas.DrawRect(area, axisPaint);
        canvas.DrawText("evaluation episodes", area.MidX, Height - 10, SKTextAlign.Center, font, textPaint);
        canvas.Save();
        canvas.RotateDegrees(-90, 16, area.MidY);
        canvas.DrawText("reward (line: 100-episode average)", 16, area.MidY, SKTextAlign.Center, font, textPaint);
        canvas.Restore();
    }

    private static void DrawLine(SKCanvas canvas, IEnumerable<SKPoint> points, SKColor color, float width)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = width, IsAntialias = true, Style = SKPaintStyle.Stroke };
        canvas.DrawPoints(SKPointMode.Polygon, points.ToArray(), paint);
    }
}
