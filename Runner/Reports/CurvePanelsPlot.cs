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
        if (points.Length == 0)
        {
            DrawAxes(canvas, area, (xMin, xMax), (yMin, yMax), yMax, panel, font, ink);
            canvas.DrawText(panel.Empty, area.MidX, area.MidY, SKTextAlign.Center, font, ink);
            return;
        }

        SKPoint Pixel(double x, double y) => new(
            (float)(area.Left + (area.Width * (x - xMin) / (xMax - xMin))),
            (float)(area.Bottom - (area.Height * (y - yMin) / (yMax - yMin))));

        // The legend goes to the corner that hides no curve point; when every corner would hide some, the y axis grows
        // above the curves by the legend's height and the legend sits in that band, top right (a legend taller than
        // half the panel stays in the corner hiding fewest). Pixel reads yMax, so the curves are drawn on the grown axis.
        var legend = Legend.Measure(panel.Series, font, area);
        var curvePixels = CurvePixels(panel.Series, Pixel);
        var box = legend.Corners(area).MinBy(corner => curvePixels.Count(corner.Contains));
        var headroom = legend.Height + (2 * Legend.Inset);
        var yDataMax = yMax;
        if (curvePixels.Any(box.Contains) && headroom < area.Height / 2)
        {
            yMax = yMin + ((yMax - yMin) * area.Height / (area.Height - headroom));
            box = legend.Corners(area)[0];
        }

        DrawAxes(canvas, area, (xMin, xMax), (yMin, yMax), yDataMax, panel, font, ink);

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
            if (series.Points.Count == 1)
            {
                // A run that logged once (a slow model on a short budget) has no line to draw: mark its point instead.
                using var dot = new SKPaint { Color = series.Color, IsAntialias = true, Style = SKPaintStyle.Fill };
                canvas.DrawCircle(Pixel(series.Points[0].X, series.Points[0].Mean), 4, dot);
            }
        }

        legend.Draw(canvas, box, panel.Series, font, ink);
    }

    private static SKPoint[] CurvePixels(IReadOnlyList<CurveSeries> series, Func<double, double, SKPoint> pixel) =>
        series
            .SelectMany(entry => entry.Points)
            .SelectMany(point => new[] { pixel(point.X, point.Mean), pixel(point.X, point.Minimum), pixel(point.X, point.Maximum) })
            .ToArray();

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
        SKCanvas canvas, SKRect area, (double Min, double Max) x, (double Min, double Max) y, double yTicksMax, CurvePanel panel, SKFont font, SKPaint ink)
    {
        // Ticks stop at the data's top: a band added above it for the legend gets none (no "120 %" accuracy).
        using var frame = new SKPaint { Color = SKColors.Black, StrokeWidth = 1, Style = SKPaintStyle.Stroke };
        using var grid = new SKPaint { Color = new SKColor(0xE0, 0xE0, 0xE0), StrokeWidth = 1, Style = SKPaintStyle.Stroke };
        var yTicks = AxisTicks.Within(y.Min, yTicksMax);
        foreach (var value in yTicks.Values)
        {
            var pixelY = (float)(area.Bottom - (area.Height * (value - y.Min) / (y.Max - y.Min)));
            canvas.DrawLine(area.Left, pixelY, area.Right, pixelY, grid);
            canvas.DrawText(yTicks.Label(value), area.Left - 6, pixelY + 4, SKTextAlign.Right, font, ink);
        }

        var xTicks = AxisTicks.Within(x.Min, x.Max);
        foreach (var value in xTicks.Values)
        {
            var pixelX = (float)(area.Left + (area.Width * (value - x.Min) / (x.Max - x.Min)));
            canvas.DrawLine(pixelX, area.Bottom, pixelX, area.Bottom + 4, frame);
            // A label at either end of the axis is moved inward so that it stays inside the panel.
            var label = xTicks.Label(value);
            var half = font.MeasureText(label) / 2;
            var labelX = Math.Clamp(pixelX, area.Left - Left + half + 2, area.Right + Right - half - 2);
            canvas.DrawText(label, labelX, area.Bottom + 16, SKTextAlign.Center, font, ink);
        }

        canvas.DrawRect(area, frame);
        canvas.DrawText(panel.XLabel, area.MidX, area.Bottom + 36, SKTextAlign.Center, font, ink);
        canvas.Save();
        canvas.RotateDegrees(-90, area.Left - 52, area.MidY);
        canvas.DrawText(panel.YLabel, area.Left - 52, area.MidY, SKTextAlign.Center, font, ink);
        canvas.Restore();
    }

    /// <summary>A boxed legend as wide as its longest label, so that long row names stay inside the panel.</summary>
    private readonly record struct Legend(float Width, float Height)
    {
        public const float Inset = 4;
        private const float Swatch = 22, Gap = 6, Padding = 6, LineHeight = 16;

        public static Legend Measure(IReadOnlyList<CurveSeries> series, SKFont font, SKRect area)
        {
            var textWidth = series.Max(entry => font.MeasureText(Text(entry)));
            var width = Math.Min(Padding + Swatch + Gap + textWidth + Padding, area.Width - (2 * Inset));
            return new Legend(width, (Padding * 2) + (series.Count * LineHeight) - 4);
        }

        /// <summary>The four places for the box, top right first (the choice when several tie).</summary>
        public SKRect[] Corners(SKRect area) =>
        [
            SKRect.Create(area.Right - Width - Inset, area.Top + Inset, Width, Height),
            SKRect.Create(area.Right - Width - Inset, area.Bottom - Height - Inset, Width, Height),
            SKRect.Create(area.Left + Inset, area.Top + Inset, Width, Height),
            SKRect.Create(area.Left + Inset, area.Bottom - Height - Inset, Width, Height),
        ];

        public void Draw(SKCanvas canvas, SKRect box, IReadOnlyList<CurveSeries> series, SKFont font, SKPaint ink)
        {
            using var background = new SKPaint { Color = SKColors.White.WithAlpha(0xE0), Style = SKPaintStyle.Fill };
            using var border = new SKPaint { Color = new SKColor(0xC0, 0xC0, 0xC0), StrokeWidth = 1, Style = SKPaintStyle.Stroke };
            canvas.DrawRect(box, background);
            canvas.DrawRect(box, border);
            var y = box.Top + Padding + 10;
            foreach (var entry in series)
            {
                using var swatch = new SKPaint { Color = entry.Color, StrokeWidth = 3, Style = SKPaintStyle.Stroke };
                canvas.DrawLine(box.Left + Padding, y - 4, box.Left + Padding + Swatch, y - 4, swatch);
                canvas.DrawText(Text(entry), box.Left + Padding + Swatch + Gap, y, SKTextAlign.Left, font, ink);
                y += LineHeight;
            }
        }

        // A model whose runs logged no point (too few iterations for one interval) is named, and said to have no curve.
        private static string Text(CurveSeries entry) => entry.Points.Count == 0 ? $"{entry.Label} (no points)" : entry.Label;
    }
}
