using System.Globalization;
using SamRL.Runner.Rendering;
using SamRL.Runner.Runs;
using SkiaSharp;

namespace SamRL.Runner.Reports;

/// <summary>
/// Draws learning curves in the style of the paper's Fig. 2 and Fig. 3: one panel per task or frame skip, each
/// model's mean over seeds as a line over a translucent min–max band, panels two to a row under a title.
/// </summary>
public static class CurvePanelsPlot
{
    /// <summary>Width of one panel in pixels.</summary>
    public const int PanelWidth = 560;

    /// <summary>Height of one panel in pixels.</summary>
    public const int PanelHeight = 360;

    /// <summary>Height of the figure title strip above the panels.</summary>
    public const int TitleHeight = 36;

    /// <summary>Panels per row (fewer when the figure has only one).</summary>
    public const int PanelsPerRow = 2;

    private const float Left = 70;
    private const float Right = 16;
    private const float Top = 34;
    private const float Bottom = 46;

    /// <summary>Line colours, one per model in the group's row order.</summary>
    public static IReadOnlyList<SKColor> Palette { get; } =
    [
        new(0x1F, 0x4E, 0x96), new(0xC0, 0x39, 0x2B), new(0x27, 0x8E, 0x4B), new(0x8E, 0x44, 0xAD), new(0xD3, 0x84, 0x0B), new(0x55, 0x55, 0x55),
    ];

    /// <summary>The figure's size in pixels for <paramref name="panelCount"/> panels.</summary>
    public static (int Width, int Height) Size(int panelCount)
    {
        var columns = Math.Clamp(panelCount, 1, PanelsPerRow);
        var rows = Math.Max(1, (panelCount + PanelsPerRow - 1) / PanelsPerRow);
        return (columns * PanelWidth, TitleHeight + (rows * PanelHeight));
    }

    /// <summary>Renders the figure and writes it to <paramref name="path"/> atomically.</summary>
    public static void Save(string path, string title, IReadOnlyList<CurvePanel> panels) =>
        AtomicFile.Write(path, stream => Render(stream, title, panels));

    /// <summary>Renders the figure as a PNG into <paramref name="output"/>.</summary>
    public static void Render(Stream output, string title, IReadOnlyList<CurvePanel> panels)
    {
        var (width, height) = Size(panels.Count);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var titleFont = new SKFont(PlotTypeface.Typeface, 16);
        using var font = new SKFont(PlotTypeface.Typeface, 12);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText(title, 12, 24, SKTextAlign.Left, titleFont, ink);
        for (var index = 0; index < panels.Count; index++)
        {
            var origin = new SKPoint((index % PanelsPerRow) * PanelWidth, TitleHeight + ((index / PanelsPerRow) * PanelHeight));
            DrawPanel(canvas, origin, panels[index], font, ink);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        png.SaveTo(output);
    }

    private static void DrawPanel(SKCanvas canvas, SKPoint origin, CurvePanel panel, SKFont font, SKPaint ink)
    {
        var area = new SKRect(origin.X + Left, origin.Y + Top, origin.X + PanelWidth - Right, origin.Y + PanelHeight - Bottom);
        canvas.DrawText(panel.Title, area.Left, origin.Y + 20, SKTextAlign.Left, font, ink);
        var points = panel.Series.SelectMany(series => series.Points).ToArray();
        var (xMin, xMax) = Range(points.Select(point => point.X));
        var (yMin, yMax) = Range(points.SelectMany(point => new[] { point.Minimum, point.Maximum }));
        DrawAxes(canvas, area, (xMin, xMax), (yMin, yMax), panel, font, ink);
        if (points.Length == 0)
        {
            canvas.DrawText(panel.Empty, area.MidX, area.MidY, SKTextAlign.Center, font, ink);
            return;
        }

        SKPoint Pixel(double x, double y) => new(
            (float)(area.Left + (area.Width * (x - xMin) / (xMax - xMin))),
            (float)(area.Bottom - (area.Height * (y - yMin) / (yMax - yMin))));

        foreach (var series in panel.Series.Where(series => series.Points.Count > 0))
        {
            using var outline = new SKPathBuilder();
            outline.MoveTo(Pixel(series.Points[0].X, series.Points[0].Maximum));
            foreach (var point in series.Points.Skip(1))
            {
                outline.LineTo(Pixel(point.X, point.Maximum));
            }

            foreach (var point in series.Points.Reverse())
            {
                outline.LineTo(Pixel(point.X, point.Minimum));
            }

            outline.Close();
            using var band = outline.Detach();
            using var fill = new SKPaint { Color = series.Color.WithAlpha(0x40), IsAntialias = true, Style = SKPaintStyle.Fill };
            canvas.DrawPath(band, fill);
            using var line = new SKPaint { Color = series.Color, StrokeWidth = 2, IsAntialias = true, Style = SKPaintStyle.Stroke };
            canvas.DrawPoints(SKPointMode.Polygon, series.Points.Select(point => Pixel(point.X, point.Mean)).ToArray(), line);
        }

        DrawLegend(canvas, area, panel.Series, font, ink);
    }

    private static (double Minimum, double Maximum) Range(IEnumerable<double> values)
    {
        var list = values.ToArray();
        if (list.Length == 0)
        {
            return (0, 1);
        }

        var (minimum, maximum) = (list.Min(), list.Max());
        return minimum == maximum ? (minimum - 1, maximum + 1) : (minimum, maximum);
    }

    private static void DrawAxes(
        SKCanvas canvas, SKRect area, (double Min, double Max) x, (double Min, double Max) y, CurvePanel panel, SKFont font, SKPaint ink)
    {
        using var frame = new SKPaint { Color = SKColors.Black, StrokeWidth = 1, Style = SKPaintStyle.Stroke };
        using var grid = new SKPaint { Color = new SKColor(0xE0, 0xE0, 0xE0), StrokeWidth = 1, Style = SKPaintStyle.Stroke };
        const int Ticks = 4;
        for (var tick = 0; tick <= Ticks; tick++)
        {
            var pixelY = area.Bottom - (area.Height * tick / Ticks);
            canvas.DrawLine(area.Left, pixelY, area.Right, pixelY, grid);
            var valueY = y.Min + ((y.Max - y.Min) * tick / Ticks);
            canvas.DrawText(valueY.ToString("0.##", CultureInfo.InvariantCulture), area.Left - 6, pixelY + 4, SKTextAlign.Right, font, ink);
            var pixelX = area.Left + (area.Width * tick / Ticks);
            var valueX = x.Min + ((x.Max - x.Min) * tick / Ticks);
            // Iterations and games are counts: whole numbers once the axis spans enough of them.
            var xFormat = x.Max - x.Min >= 20 ? "#,0" : "#,0.##";
            canvas.DrawText(valueX.ToString(xFormat, CultureInfo.InvariantCulture), pixelX, area.Bottom + 16, SKTextAlign.Center, font, ink);
        }

        canvas.DrawRect(area, frame);
        canvas.DrawText(panel.XLabel, area.MidX, area.Bottom + 36, SKTextAlign.Center, font, ink);
        canvas.Save();
        canvas.RotateDegrees(-90, area.Left - 52, area.MidY);
        canvas.DrawText(panel.YLabel, area.Left - 52, area.MidY, SKTextAlign.Center, font, ink);
        canvas.Restore();
    }

    private static void DrawLegend(SKCanvas canvas, SKRect area, IReadOnlyList<CurveSeries> series, SKFont font, SKPaint ink)
    {
        var y = area.Top + 16;
        foreach (var entry in series)
        {
            using var swatch = new SKPaint { Color = entry.Color, StrokeWidth = 3, Style = SKPaintStyle.Stroke };
            canvas.DrawLine(area.Right - 150, y - 4, area.Right - 128, y - 4, swatch);
            canvas.DrawText(entry.Label, area.Right - 122, y, SKTextAlign.Left, font, ink);
            y += 16;
        }
    }
}
